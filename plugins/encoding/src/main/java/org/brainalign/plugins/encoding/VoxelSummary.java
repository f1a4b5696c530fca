package org.brainalign.plugins.encoding;

import java.util.Arrays;
import java.util.List;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.table.Table;
import org.brainalign.support.stats.Moments;

/** One row per voxel: its held-out r and chosen penalty summarised over splits. */
final class VoxelSummary {
  private VoxelSummary() {}

  /**
   * Table {@code voxels}: voxel id, {@code r} (mean over splits where it is defined, empty when
   * never), {@code r_sd} (sample sd over those splits; empty below two), {@code alpha} (median chosen
   * penalty over splits; for an even count the geometric mean of the two middle values, as the
   * grid is log-spaced) and {@code splits_defined}.
   */
  static Table table(List<EncodingRun.Fold> folds, LabelledMatrix y) {
    int q = y.columns();
    int k = folds.size();
    Table.Builder t = Table.builder("voxels", "voxel", "r", "r_sd", "alpha", "splits_defined");
    double[] r = new double[k];
    double[] a = new double[k];
    for (int j = 0; j < q; j++) {
      int defined = 0;
      for (int f = 0; f < k; f++) {
        double v = folds.get(f).r()[j];
        if (!Double.isNaN(v)) {
          r[defined++] = v;
        }
        a[f] = folds.get(f).alphas()[j];
      }
      double[] rs = Arrays.copyOf(r, defined);
      Arrays.sort(a);
      double median = k % 2 == 1 ? a[k / 2] : Math.sqrt(a[k / 2 - 1] * a[k / 2]);
      t.row(y.columnIds().get(j), defined == 0 ? null : Moments.mean(rs),
          defined < 2 ? null : Moments.sd(rs), median, defined);
    }
    return t.build();
  }
}
