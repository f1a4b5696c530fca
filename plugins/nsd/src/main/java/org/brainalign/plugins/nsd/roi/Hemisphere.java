package org.brainalign.plugins.nsd.roi;

/**
 * Which hemisphere's ROI file to read. NSD ships each ROI family three times in
 * {@code func1pt8mm/roi/}: {@code <family>.nii.gz} (both), {@code lh.<family>.nii.gz} and
 * {@code rh.<family>.nii.gz} (the other hemisphere's voxels are -1).
 */
public enum Hemisphere {
  BOTH(""),
  LEFT("lh."),
  RIGHT("rh.");

  private final String prefix;

  Hemisphere(String prefix) {
    this.prefix = prefix;
  }

  /** The file and ROI-name prefix: {@code ""}, {@code "lh."} or {@code "rh."}. */
  public String prefix() {
    return prefix;
  }

  /** The ROI file name of {@code family} for this hemisphere. */
  public String fileName(String family) {
    return prefix + family + ".nii.gz";
  }
}
