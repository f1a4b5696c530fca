package org.brainalign.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.formats.json.JsonFiles;

/**
 * What a cell was computed from, recorded in its folder as {@code inputs.json}: a finished cell is
 * reused only while these are what the study reads now, so that an edited response file, image or
 * weights file recomputes exactly the cells that read it. Options are part of the cell's folder
 * name ({@link GridCell#key}); these are the contents.
 *
 * @param features the feature-cache entry (its name digests the model with its weights' digest,
 *     the dataset, the stimulus ids, the layer and the reducer)
 * @param stimuli the digest of the stimulus files the features were extracted from
 *     ({@link StimulusFingerprint#digest})
 * @param featuresSha256 the SHA-256 of the entry's layer file, or null where it is not known (an
 *     entry deleted from the cache after its cells were computed): then not compared
 * @param responses the fingerprint of the subject's ROI responses
 *     ({@link InputFingerprints#responses}), or null where it is not known without reading them:
 *     then not compared
 */
record CellInputs(String features, String stimuli, String featuresSha256, String responses) {
  /** The file in a cell's folder. */
  static final String FILE = "inputs.json";

  /** The same inputs with the responses of one ROI (the rest is shared by a cell group). */
  CellInputs withResponses(String fingerprint) {
    return new CellInputs(features, stimuli, featuresSha256, fingerprint);
  }

  /** Writes this record into a cell folder being written. */
  void write(Path cellDir) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("features", features);
    m.put("stimuli", stimuli);
    m.put("features_sha256", featuresSha256);
    m.put("responses", responses);
    JsonFiles.write(cellDir.resolve(FILE), m);
  }

  /** The record of a finished cell, or null when it has none (or an unreadable one). */
  static CellInputs read(Path cellDir) {
    Path f = cellDir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      Map<String, Object> m = JsonFiles.read(f);
      return new CellInputs((String) m.get("features"), (String) m.get("stimuli"),
          (String) m.get("features_sha256"), (String) m.get("responses"));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * What differs between the inputs a cell was computed from ({@code recorded}, null for a cell
   * written without the record) and these, in words; empty when it is current. A null on either
   * side of the features digest or of the responses is not a difference.
   */
  List<String> changesSince(CellInputs recorded) {
    List<String> changes = new ArrayList<>();
    if (recorded == null) {
      changes.add("it has no record of its inputs (computed by an older brainalign)");
      return changes;
    }
    if (!features.equals(recorded.features)) {
      changes.add("its features are another cache entry (model weights or definition changed)");
    } else if (!stimuli.equals(recorded.stimuli)) {
      changes.add("the stimulus images changed");
    } else if (featuresSha256 != null && recorded.featuresSha256 != null
        && !featuresSha256.equals(recorded.featuresSha256)) {
      changes.add("its features were extracted again");
    }
    if (responses != null && recorded.responses != null && !responses.equals(recorded.responses)) {
      changes.add("the responses changed");
    }
    return changes;
  }
}
