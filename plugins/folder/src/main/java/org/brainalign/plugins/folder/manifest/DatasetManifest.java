package org.brainalign.plugins.folder.manifest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed {@code dataset.yaml}: where the stimuli are and, per subject, the response matrix and its
 * row and voxel tables (paths resolved against the folder holding the manifest).
 *
 * @param file the manifest
 * @param stimuli the stimulus images
 * @param subjects the subjects in manifest order
 */
public record DatasetManifest(Path file, StimuliSpec stimuli, Map<String, SubjectSpec> subjects) {

  public DatasetManifest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stimuli, "stimuli");
    subjects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(subjects));
  }

  /** The folder holding the manifest, against which relative paths resolve. */
  public Path root() {
    return file.toAbsolutePath().getParent();
  }
}
