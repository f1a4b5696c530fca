package org.brainalign.plugins.crossdecomposition;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.support.split.NumpyRandom;
import org.brainalign.support.stats.ColumnScaling;

/**
 * Permutation null and bootstrap of the spectrum without refitting (Gauthaman, Ménard & Bonner
 * 2023): the singular vectors stay those of the training data; only the test scores are resampled.
 *
 * <p>Draws for fold f come from numpy's {@code RandomState(seed + 1 + f)} (permutations) and
 * {@code RandomState(seed + 1 + folds + f)} (bootstrap), so a run can be replayed in Python; each draw
 * is averaged over folds. Results do not depend on the thread count.
 */
final class Resampling {
  private Resampling() {}

  /**
   * The fold-mean spectrum under {@code draws} permutations of the test rows of Y against X.
   *
   * @return {@code [draw][rank]}
   */
  static double[][] permutationNull(List<FoldSpectrum> folds, int ranks, int draws, long seed,
      RunContext context) {
    return resample(folds, ranks, draws, seed, context, true);
  }

  /**
   * The fold-mean spectrum under {@code draws} bootstrap resamples of the test rows (the same rows for
   * X and Y), as {@code RandomState.randint(0, nTest, nTest)}.
   *
   * @return {@code [draw][rank]}
   */
  static double[][] bootstrap(List<FoldSpectrum> folds, int ranks, int draws, long seed,
      RunContext context) {
    return resample(folds, ranks, draws, seed + folds.size(), context, false);
  }

  private static double[][] resample(List<FoldSpectrum> folds, int ranks, int draws, long seed,
      RunContext context, boolean permute) {
    double[][] out = new double[draws][ranks];
    ForkJoinPool pool = new ForkJoinPool(context.threads());
    String label = permute ? "permutation null" : "bootstrap";
    try (Progress progress = context.progress(label, (long) draws * folds.size())) {
      for (int f = 0; f < folds.size(); f++) {
        FoldSpectrum fold = folds.get(f);
        int nte = fold.scoresX().rows();
        NumpyRandom rng = new NumpyRandom((seed + 1 + f) & 0xffffffffL);
        int[][] index = new int[draws][];
        for (int b = 0; b < draws; b++) {
          if (permute) {
            index[b] = rng.permutation(nte);
          } else {
            int[] idx = new int[nte];
            for (int i = 0; i < nte; i++) {
              idx[i] = (int) rng.randint(nte);
            }
            index[b] = idx;
          }
        }
        double[] x = rowMajor(fold.scoresX(), ranks);
        double[] y = rowMajor(fold.scoresY(), ranks);
        double[] zx = permute ? ColumnScaling.unitNorm(x, nte, ranks) : null;
        double[] zy = permute ? ColumnScaling.unitNorm(y, nte, ranks) : null;
        pool.submit(() -> IntStream.range(0, draws).parallel().forEach(b -> {
          double[] r = permute ? permuted(zx, zy, index[b], ranks) : resampled(x, y, index[b], ranks);
          for (int k = 0; k < ranks; k++) {
            out[b][k] += r[k];
          }
          progress.advance(1);
        })).join();
      }
    } finally {
      pool.shutdown();
    }
    for (double[] row : out) {
      for (int k = 0; k < ranks; k++) {
        row[k] /= folds.size();
      }
    }
    return out;
  }

  private static double[] rowMajor(ColumnMajor m, int ranks) {
    int n = m.rows();
    double[] out = new double[n * ranks];
    for (int k = 0; k < ranks; k++) {
      for (int i = 0; i < n; i++) {
        out[i * ranks + k] = m.a()[i + k * n];
      }
    }
    return out;
  }

  private static double[] permuted(double[] zx, double[] zy, int[] perm, int ranks) {
    double[] acc = new double[ranks];
    for (int i = 0; i < perm.length; i++) {
      int xi = i * ranks;
      int yi = perm[i] * ranks;
      for (int k = 0; k < ranks; k++) {
        acc[k] += zx[xi + k] * zy[yi + k];
      }
    }
    return acc;
  }

  private static double[] resampled(double[] x, double[] y, int[] idx, int ranks) {
    int n = idx.length;
    double[] mx = new double[ranks];
    double[] my = new double[ranks];
    for (int i : idx) {
      for (int k = 0; k < ranks; k++) {
        mx[k] += x[i * ranks + k];
        my[k] += y[i * ranks + k];
      }
    }
    double[] sxy = new double[ranks];
    double[] sxx = new double[ranks];
    double[] syy = new double[ranks];
    for (int k = 0; k < ranks; k++) {
      mx[k] /= n;
      my[k] /= n;
    }
    for (int i : idx) {
      for (int k = 0; k < ranks; k++) {
        double dx = x[i * ranks + k] - mx[k];
        double dy = y[i * ranks + k] - my[k];
        sxy[k] += dx * dy;
        sxx[k] += dx * dx;
        syy[k] += dy * dy;
      }
    }
    double[] r = new double[ranks];
    for (int k = 0; k < ranks; k++) {
      r[k] = sxx[k] == 0 || syy[k] == 0 ? Double.NaN : sxy[k] / Math.sqrt(sxx[k] * syy[k]);
    }
    return r;
  }
}
