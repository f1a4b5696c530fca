package org.brainalign.plugins.nsd.betas;

import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.FloatDenseMatrix;
import org.brainalign.plugins.nsd.design.SessionRows;
import org.brainalign.support.stats.ColumnScaling;

/**
 * Builds the {@code (rows × voxels)} response matrix one session at a time, so memory holds the
 * result plus one session's ROI betas.
 *
 * <p>Per session and voxel, with {@code zscore}: {@code z_t = (b_t − mean) / std} over the session's
 * trials, with the population std (ddof = 0; {@link ColumnScaling#zScores(double[], int, int, int,
 * double[])}), as in the Bonner lab's NSD loader (Gauthaman et al. 2024; Chen &amp; Bonner 2024).
 * Without: {@code b_t / 300}, percent signal change. Each trial's value is added to its row; rows
 * averaging several repetitions are divided by their trial count at the end.
 */
public final class ResponseAccumulator {
  /** NSD stores betas as percent signal change × 300. */
  public static final double BETA_SCALE = 300.0;

  private final String subject;
  private final SessionRows plan;
  private final int voxels;
  private final boolean zscore;
  private final float[] sums;
  private final boolean[] constant;
  private int constantPairs;

  /**
   * @param subject the subject, for messages
   * @throws InvalidInputException when rows × voxels exceeds one Java array
   */
  public ResponseAccumulator(String subject, SessionRows plan, int voxels, boolean zscore) {
    long size = (long) plan.plan().rows() * voxels;
    if (size > Integer.MAX_VALUE - 8) {
      throw InvalidInputException.of("responses", "rows × voxels below 2^31",
          plan.plan().rows() + " × " + voxels, "Load fewer sessions, use repetitions=mean, or a smaller ROI.");
    }
    this.subject = subject;
    this.plan = plan;
    this.voxels = voxels;
    this.zscore = zscore;
    this.sums = new float[(int) size];
    this.constant = new boolean[voxels];
  }

  /**
   * Adds one session.
   *
   * @param position the session's index in {@link SessionRows#sessions()}
   * @param raw int16 betas, voxel-major ({@code v·trials + t}), as {@link BetaSessionFile#readVoxels}
   * @throws InvalidInputException with {@code zscore}, for a session of fewer than 2 trials (its
   *     z-scores would all be 0)
   */
  public void add(int position, short[] raw, int trials) {
    if (zscore && trials < 2) {
      throw InvalidInputException.of("subject " + subject + ", session "
          + plan.sessions().get(position), "at least 2 trials in a session to z-score it "
          + "(zscore=session)", trials + " trial" + (trials == 1 ? "" : "s") + " (its z-scores "
          + "would all be 0)", "Pass zscore=none, or leave that session out (sessions=...).");
    }
    double[] b = new double[trials];
    double[] z = new double[trials];
    for (int v = 0; v < voxels; v++) {
      int base = v * trials;
      for (int t = 0; t < trials; t++) {
        b[t] = raw[base + t];
      }
      if (zscore) {
        if (ColumnScaling.zScores(b, trials, 1, 0, z) == 0) {
          constant[v] = true;
          constantPairs++;
          continue; // the rule: z = 0 in this session, i.e. nothing to add
        }
      } else {
        for (int t = 0; t < trials; t++) {
          z[t] = b[t] / BETA_SCALE;
        }
      }
      for (int t = 0; t < trials; t++) {
        sums[plan.row(position, t) * voxels + v] += (float) z[t];
      }
    }
  }

  /** (voxel, session) pairs found constant so far. */
  public int constantVoxelSessions() {
    return constantPairs;
  }

  /** Whether voxel {@code v} was constant in at least one session. */
  public boolean constant(int v) {
    return constant[v];
  }

  /**
   * Divides averaged rows by their trial count and applies the rule.
   *
   * @param kept the columns to keep, ascending (all of them unless the rule drops some)
   */
  public FloatDenseMatrix finish(int[] kept) {
    int rows = plan.plan().rows();
    int[] counts = plan.plan().counts();
    float[] out = kept.length == voxels ? sums : new float[rows * kept.length];
    for (int r = 0; r < rows; r++) {
      int n = counts[r];
      for (int c = 0; c < kept.length; c++) {
        out[r * kept.length + c] = sums[r * voxels + kept[c]] / n;
      }
    }
    return new FloatDenseMatrix(rows, kept.length, out);
  }
}
