package org.brainalign.plugins.crossdecomposition;

import java.util.Arrays;
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
        if (permute) {
          double[] zx = ColumnScaling.unitNorm(x, nte, ranks);
          double[] zy = ColumnScaling.unitNorm(y, nte, ranks);
          pool.submit(() -> permuted(zx, zy, index, ranks, out)).join();
          progress.advance(draws);
        } else {
          pool.submit(() -> IntStream.range(0, draws).parallel().forEach(b -> {
            double[] r = resampled(x, y, index[b], ranks);
            for (int k = 0; k < ranks; k++) {
              out[b][k] += r[k];
            }
            progress.advance(1);
          })).join();
        }
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

  /** Bytes of the two score blocks one task keeps in its core's cache while it runs every draw. */
  private static final int BLOCK_BYTES = 512 << 10;

  /**
   * Adds to {@code out[b][k]} the correlation of rank k's unit-norm test scores of X with those of
   * Y permuted by draw b: {@code Σ_i zx[i,k]·zy[perm_b[i],k]}, summed over i in ascending order.
   *
   * <p>The ranks are taken in blocks whose rows of both score matrices fit in a core's cache, and a
   * task runs every draw over its block: streaming both whole matrices once per draw made the null
   * memory-bound (at q = 7,000 and 1,250 test rows, 140 MB per draw). Each sum keeps its order, so
   * the result is the same to the bit for any block width or thread count.
   *
   * @param zx unit-norm test scores of X, row-major {@code (n_te × ranks)}
   * @param zy the same for Y
   * @param perm one permutation of the test rows per draw
   */
  static void permuted(double[] zx, double[] zy, int[][] perm, int ranks, double[][] out) {
    int rows = perm.length == 0 ? 0 : perm[0].length;
    int width = blockWidth(rows, ranks);
    int blocks = (ranks + width - 1) / width;
    IntStream.range(0, blocks).parallel().forEach(block -> {
      int k0 = block * width;
      int w = Math.min(width, ranks - k0);
      double[] bx = block(zx, rows, ranks, k0, w);
      double[] by = block(zy, rows, ranks, k0, w);
      double[] acc = new double[w];
      for (int b = 0; b < perm.length; b++) {
        Arrays.fill(acc, 0.0);
        int[] p = perm[b];
        for (int i = 0; i < rows; i++) {
          int xi = i * w;
          int yi = p[i] * w;
          for (int k = 0; k < w; k++) {
            acc[k] += bx[xi + k] * by[yi + k];
          }
        }
        double[] row = out[b];
        for (int k = 0; k < w; k++) {
          row[k0 + k] += acc[k];
        }
      }
    });
  }

  /** Ranks per block: both blocks' rows within {@link #BLOCK_BYTES}, at least 8, at most all. */
  static int blockWidth(int rows, int ranks) {
    long fit = BLOCK_BYTES / (16L * Math.max(1, rows));
    return (int) Math.max(1, Math.min(ranks, Math.max(8, fit)));
  }

  /** Columns {@code [k0, k0 + w)} of the row-major {@code (rows × ranks)} {@code z}, row-major. */
  private static double[] block(double[] z, int rows, int ranks, int k0, int w) {
    double[] out = new double[rows * w];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(z, i * ranks + k0, out, i * w, w);
    }
    return out;
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
