package org.brainalign.study.ceiling;

import java.util.Optional;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.table.Table;
import org.brainalign.support.stats.NoiseCeiling;

/**
 * The noise ceiling of each voxel of a {@link Responses}, from the convention its javadoc states:
 * the voxels table's {@code ncsnr} and the stimuli table's {@code trials}.
 *
 * <p>For rows that average unequal numbers of trials {@code n_r}, NSD's formula (Allen et al. 2022,
 * Methods, "Noise ceiling"):
 *
 * <pre>
 *   NC_v = ncsnr_v² / (ncsnr_v² + mean over rows r of 1/n_r)
 * </pre>
 *
 * a fraction of the voxel's variance in {@code [0, 1]} (NSD states it in percent); {@code 1} for
 * {@code ncsnr = +∞}, NaN for NaN or a negative ncsnr. Without a {@code trials} column every row
 * counts as one trial.
 */
public final class NoiseCeilings {
  private NoiseCeilings() {}

  /**
   * @return one ceiling per data column, or empty when the voxels table has no {@code ncsnr} column
   * @throws IllegalArgumentException when a {@code trials} value is not a number {@code >= 1}
   */
  public static Optional<double[]> of(Responses responses) {
    Table voxels = responses.voxels();
    if (voxels.columnIndex("ncsnr") < 0) {
      return Optional.empty();
    }
    return Optional.of(of(voxels.numbers("ncsnr"), meanInverseTrials(responses.stimuli())));
  }

  /**
   * @param ncsnr per voxel, {@code >= 0} or {@code +∞}
   * @param meanInverseTrials the mean over rows of {@code 1/n_r}, in {@code (0, 1]}
   * @return {@code NC_v} per voxel ({@link NoiseCeiling#fraction})
   */
  public static double[] of(double[] ncsnr, double meanInverseTrials) {
    double[] nc = new double[ncsnr.length];
    for (int v = 0; v < nc.length; v++) {
      nc[v] = NoiseCeiling.fraction(ncsnr[v], meanInverseTrials);
    }
    return nc;
  }

  /** The mean over rows of {@code 1/trials}; 1 without a {@code trials} column or without rows. */
  static double meanInverseTrials(Table stimuli) {
    if (stimuli.columnIndex("trials") < 0 || stimuli.rows().isEmpty()) {
      return 1.0;
    }
    double[] trials = stimuli.numbers("trials");
    double sum = 0;
    for (int r = 0; r < trials.length; r++) {
      if (!(trials[r] >= 1) || Double.isInfinite(trials[r])) {
        throw new IllegalArgumentException("column 'trials' of the stimuli table: expected the "
            + "number of trials averaged into each row (>= 1), found " + trials[r] + " at row " + r);
      }
      sum += 1.0 / trials[r];
    }
    return sum / trials.length;
  }

  /** {@code ceilings} at the kept columns, in order (the columns a non-finite scan keeps). */
  public static double[] subset(double[] ceilings, java.util.BitSet dropped) {
    double[] out = new double[ceilings.length - dropped.cardinality()];
    int i = 0;
    for (int c = 0; c < ceilings.length; c++) {
      if (!dropped.get(c)) {
        out[i++] = ceilings[c];
      }
    }
    return out;
  }
}
