package org.brainalign.api.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The files a {@link FetchRequest} needs and where they come from.
 *
 * @param root the local folder the files go under (the dataset's root option); may not exist yet
 * @param source the default base URL of the objects ({@code https://bucket.s3.amazonaws.com/}),
 *     which the user may override
 * @param terms the dataset's terms of use, shown before the first download and accepted once
 * @param files the files, each once, in download order
 */
public record FetchPlan(Path root, URI source, String terms, List<RemoteFile> files) {

  public FetchPlan {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(terms, "terms");
    files = List.copyOf(files);
  }
}
