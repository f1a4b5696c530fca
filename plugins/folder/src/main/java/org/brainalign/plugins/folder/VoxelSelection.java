package org.brainalign.plugins.folder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.support.dataset.SessionStats;

/**
 * The voxels of an ROI that reach the responses: less those constant within a session under
 * {@code constant-voxels=drop}, less those below {@code ncsnr-min}.
 *
 * @param columns the kept columns of the response matrix, ascending
 * @param ncsnr the ncsnr of each kept column, or null without repetitions
 * @param roiVoxels the ROI's voxel count
 * @param constant voxels constant within some session (z-scoring only)
 * @param belowMin voxels dropped by {@code ncsnr-min}
 */
record VoxelSelection(int[] columns, double[] ncsnr, int roiVoxels, int constant, int belowMin) {

  /**
   * @param stats the z-scoring statistics, or null with {@code zscore=none}
   * @param ncsnr per member, or null when no stimulus is shown twice
   * @throws InvalidInputException when no voxel is left, or {@code ncsnr-min} is set and there is
   *     no ncsnr
   */
  static VoxelSelection of(FolderConfig config, SubjectData d, String roi, int[] members,
      SessionStats stats, double[] ncsnr) {
    if (config.ncsnrMin().isPresent() && ncsnr == null) {
      throw InvalidInputException.of("option ncsnr-min=" + config.options().get("ncsnr-min")
          + " of 'folder' (dataset " + config.root() + ", subject '" + d.spec.name() + "')",
          "a stimulus shown by at least 2 rows of " + d.spec.rows() + ", to compute each voxel's "
              + "ncsnr from its repetitions", "each of its " + d.plan.plan().rows() + " stimuli shown "
              + "once: no ncsnr can be computed", "Leave ncsnr-min out for this dataset, or add "
              + "the responses to repeated presentations (one row each, same stimulus id).");
    }
    double min = config.ncsnrMin().orElse(Double.NEGATIVE_INFINITY);
    int[] kept = new int[members.length];
    double[] keptNcsnr = new double[members.length];
    int n = 0;
    int constant = 0;
    int belowMin = 0;
    double largest = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < members.length; i++) {
      int c = members[i];
      boolean isConstant = stats != null && stats.constantInSome(c);
      constant += isConstant ? 1 : 0;
      if (isConstant && config.dropConstant()) {
        continue;
      }
      if (ncsnr != null) {
        largest = Double.isNaN(ncsnr[i]) ? largest : Math.max(largest, ncsnr[i]);
        if (config.ncsnrMin().isPresent() && !(ncsnr[i] >= min)) {
          belowMin++;
          continue;
        }
        keptNcsnr[n] = ncsnr[i];
      }
      kept[n++] = c;
    }
    if (n == 0 && belowMin == 0) {
      throw InvalidInputException.of(d.spec.voxels() + " (ROI '" + roi + "')",
          "at least one voxel left after constant-voxels=drop", "all " + members.length
              + " voxels constant within some session", "Use constant-voxels=zero or check the "
              + "responses of these voxels.");
    }
    if (n == 0) {
      throw InvalidInputException.of("option ncsnr-min=" + config.options().get("ncsnr-min")
          + " of 'folder' on ROI '" + roi + "' of subject '" + d.spec.name() + "'",
          "at least one voxel of the ROI with ncsnr >= " + min, "none of its " + belowMin
              + " voxels; the largest ncsnr in the ROI is " + largest, "Lower ncsnr-min below "
              + largest + ", or pick a larger ROI.");
    }
    return new VoxelSelection(Arrays.copyOf(kept, n), ncsnr == null ? null
        : Arrays.copyOf(keptNcsnr, n), members.length, constant, belowMin);
  }

  /** The line printed once per subject and ROI when {@code ncsnr-min} is set. */
  String summary(FolderConfig config, SubjectData d, String roi) {
    return "folder " + d.spec.name() + " " + roi + ": ncsnr-min=" + config.options().get("ncsnr-min")
        + " keeps " + (columns.length) + " of " + (columns.length + belowMin) + " voxels (ncsnr from "
        + d.repeated.length + " stimuli shown at least twice)";
  }

  /** The responses manifest's {@code ncsnr} entry. */
  Map<String, Object> manifest(FolderConfig config, SubjectData d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("computed", ncsnr != null);
    m.put("definition", ncsnr == null ? "none: no stimulus is shown by two rows"
        : "NSD's (Allen et al. 2022): rows z-scored per voxel within each session (population "
            + "std, ddof 0; sessions = the rows table's 'session' column, else all rows), whatever "
            + "zscore is; noise variance = mean over stimuli shown at least twice of the variance "
            + "across their rows (ddof 1); ncsnr = sqrt(max(0, 1 - noise)) / sqrt(noise)");
    m.put("repeated_stimuli", d.repeated.length);
    m.put("ncsnr_min", config.ncsnrMin().isPresent() ? config.ncsnrMin().getAsDouble() : null);
    m.put("voxels_before", columns.length + belowMin);
    m.put("voxels_after", columns.length);
    return m;
  }
}
