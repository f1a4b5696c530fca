package org.brainalign.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.brainalign.api.InvalidInputException;

/**
 * A dataset's terms of use, accepted once per root: {@code ROOT/.brainalign-ID-terms-accepted}
 * holds the date of acceptance and the terms as shown.
 */
public final class TermsRecord {
  private TermsRecord() {}

  /** The record file under {@code root}. */
  public static Path file(Path root, String datasetId) {
    return root.resolve(".brainalign-" + datasetId + "-terms-accepted");
  }

  /** Whether the terms were accepted under {@code root} before. */
  public static boolean accepted(Path root, String datasetId) {
    return Files.isRegularFile(file(root, datasetId));
  }

  /**
   * Passes when the terms were accepted under {@code root} before, or are accepted now (and then
   * records them).
   *
   * @param accept whether {@code --accept-terms} was given
   * @throws InvalidInputException when neither, saying how to accept them
   */
  public static void require(Path root, String datasetId, String terms, boolean accept) {
    Path file = file(root, datasetId);
    if (Files.isRegularFile(file)) {
      return;
    }
    if (!accept) {
      throw new InvalidInputException("the terms of use of '" + datasetId + "' (shown above) have "
          + "not been accepted for " + root + ": expected --accept-terms on the first fetch into "
          + "this root, found none. Read the terms, then rerun with --accept-terms (recorded in "
          + file + "; nothing was downloaded).");
    }
    try {
      Files.createDirectories(root);
      Files.writeString(file, "accepted " + Instant.now() + " with brainalign fetch "
          + "--accept-terms\n\n" + terms + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
