package org.brainalign.plugins.folder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;

/**
 * The validated options of the {@code folder} dataset.
 *
 * @param root the folder holding dataset.yaml
 * @param zscore whether to z-score each voxel within each session
 * @param separate whether to keep repetitions as rows instead of averaging them
 * @param dropConstant whether to drop voxels constant within a session (else they z-score to 0)
 * @param options every option as given or defaulted, for the manifest
 */
public record FolderConfig(Path root, boolean zscore, boolean separate, boolean dropConstant,
    Map<String, String> options) {

  public FolderConfig {
    Objects.requireNonNull(root, "root");
    options = Map.copyOf(options);
  }

  /**
   * @throws InvalidOptionException when root is not a folder
   */
  public static FolderConfig from(Options o) {
    Path root = o.path("root").toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new InvalidOptionException("option 'root' of 'folder': expected the folder holding "
          + "dataset.yaml, found '" + root + "', which is "
          + (Files.exists(root) ? "a file" : "not there") + ". Give the dataset folder.");
    }
    return new FolderConfig(root, o.string("zscore").equals("session"),
        o.string("repetitions").equals("separate"), o.string("constant-voxels").equals("drop"),
        o.asMap());
  }

  /** The manifest: {@code root/dataset.yaml}. */
  public Path manifest() {
    return root.resolve("dataset.yaml");
  }
}
