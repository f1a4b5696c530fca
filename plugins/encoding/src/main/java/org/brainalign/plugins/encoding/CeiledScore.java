package org.brainalign.plugins.encoding;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.support.stats.Moments;

/**
 * The encoding score with each voxel's held-out Pearson r divided by the square root of its noise
 * ceiling, then aggregated as the score is (mean over voxels whose r is defined, per split; mean over
 * splits).
 *
 * <p>The ceiling {@code NC_v} ({@link org.brainalign.api.metric.AlignmentInput#ceilings}) is a
 * fraction of variance (Allen et al. 2022, Methods, "Noise ceiling"); the encoding score is a
 * correlation, whose ceiling is the correlation of the responses with their noise-free signal,
 * {@code √NC_v}. So the ceiled voxel score is {@code r_v / √NC_v} (as Conwell et al. 2024 normalise
 * voxelwise r by the split-half reliability's correlation ceiling); a variance-explained score
 * {@code r²} would be divided by {@code NC_v} itself. Voxels whose ceiling is 0 or NaN have no
 * ceiled score: they are left out of the ceiled mean and counted.
 *
 * @param score the mean over splits of the per-split mean ceiled voxel r; NaN when some split has no
 *     voxel with a defined r and a positive ceiling
 * @param foldScores per split
 * @param withoutCeiling voxels whose ceiling is 0 or NaN
 */
record CeiledScore(double score, double[] foldScores, int withoutCeiling) {

  /**
   * @param voxelR per split, the voxels' r (NaN where undefined)
   * @param ceilings per voxel, {@code NC_v} in {@code [0, 1]} or NaN
   */
  static CeiledScore of(List<double[]> voxelR, double[] ceilings) {
    double[] root = new double[ceilings.length];
    int without = 0;
    for (int j = 0; j < root.length; j++) {
      root[j] = ceilings[j] > 0 ? Math.sqrt(ceilings[j]) : Double.NaN;
      without += ceilings[j] > 0 ? 0 : 1;
    }
    double[] folds = new double[voxelR.size()];
    for (int f = 0; f < folds.length; f++) {
      double[] r = voxelR.get(f);
      double[] ceiled = new double[r.length];
      for (int j = 0; j < r.length; j++) {
        ceiled[j] = r[j] / root[j]; // NaN where r is undefined or the ceiling is not positive
      }
      folds[f] = Moments.nanMean(ceiled);
    }
    return new CeiledScore(Moments.mean(folds), folds, without);
  }

  /** Puts {@code <prefix>score_ceiled} and what it rests on into a metric's summary. */
  void into(Map<String, Object> summary, String prefix) {
    summary.put(prefix + "score_ceiled", Double.isNaN(score) ? null : score);
    summary.put(prefix + "fold_scores_ceiled", Arrays.stream(foldScores).boxed()
        .map(v -> Double.isNaN(v) ? null : v).toList());
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("voxel_score", "held-out Pearson r divided by sqrt(noise ceiling)");
    c.put("voxels_without_ceiling", withoutCeiling);
    c.put("note", "voxels whose noise ceiling is 0 or NaN are left out of the ceiled mean");
    summary.put(prefix + "ceiling", c);
  }
}
