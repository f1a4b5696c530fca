package org.brainalign.plugins.nsd.roi;

import java.util.List;

/**
 * A resolved ROI: which file to read and which label values select its voxels.
 *
 * @param name the name as asked for, e.g. {@code lh.V1-V4} or {@code floc-faces:FFA-1}
 * @param family the ROI family (file stem), e.g. {@code prf-visualrois}
 * @param hemisphere which hemisphere's file
 * @param labels the label values whose voxels belong to the ROI (each at least 1)
 * @param labelNames a name for each label value, same order
 */
public record RoiSelection(
    String name, String family, Hemisphere hemisphere, List<Integer> labels, List<String> labelNames) {

  public RoiSelection {
    labels = List.copyOf(labels);
    labelNames = List.copyOf(labelNames);
    if (labels.isEmpty() || labels.size() != labelNames.size()) {
      throw new IllegalArgumentException("labels " + labels + " vs names " + labelNames);
    }
  }

  /** The ROI file name, e.g. {@code lh.prf-visualrois.nii.gz}. */
  public String fileName() {
    return hemisphere.fileName(family);
  }
}
