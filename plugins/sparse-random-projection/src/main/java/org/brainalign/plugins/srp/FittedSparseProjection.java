package org.brainalign.plugins.srp;

import java.util.Arrays;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.brainalign.api.reducer.FittedReducer;

/**
 * A fitted sparse random projection: out = R · in along one axis, with R a {@link SignMatrix}.
 *
 * <ul>
 *   <li>{@code all}: in (C·P) → out (k), out = R in;
 *   <li>{@code channel}: in (C, P) → out (k, P), out[·, p] = R in[·, p] for every position p;
 *   <li>{@code spatial}: in (C, P) → out (C, k), out[c, ·] = R in[c, ·] for every channel c.
 * </ul>
 *
 * <p>Work is split over stimuli (and for {@code all}, over groups of up to {@value #MAX_LANES}
 * stimuli whose values are added side by side), never over the terms of one output, so the bits of
 * a stimulus's output depend neither on its batch nor on the number of threads. Immutable and
 * thread-safe; each call allocates its own scratch space.
 */
public final class FittedSparseProjection implements FittedReducer {
  static final int MAX_LANES = 16;
  static final int MAX_CHANNEL_LANES = 64;
  private static final int TILE = 2048;

  private final ProjectionGeometry geometry;
  private final SignMatrix matrix;
  private final float scale;
  private final int inSize;
  private final int outSize;
  private final Map<String, Object> provenance;

  FittedSparseProjection(ProjectionGeometry geometry, SignMatrix matrix, Map<String, Object> provenance) {
    this.geometry = geometry;
    this.matrix = matrix;
    this.scale = (float) matrix.scale();
    this.inSize = geometry.inputSize();
    int n = 1;
    for (int s : geometry.outputShape(matrix.rows())) {
      n *= s;
    }
    this.outSize = n;
    this.provenance = provenance;
  }

  /** The projection matrix R (k × d), e.g. to export it or to check it against a reference. */
  public SignMatrix matrix() {
    return matrix;
  }

  @Override
  public int[] outputShape() {
    return geometry.outputShape(matrix.rows());
  }

  @Override
  public Map<String, Object> provenance() {
    return provenance;
  }

  /**
   * Projects a batch.
   *
   * @param in {@code count × inputSize} values, row-major, each stimulus in its layer's (C, H, W) order
   * @param count number of stimuli, ≥ 0
   * @param out {@code count × outputSize} values, written row-major in {@link #outputShape()} order
   */
  @Override
  public void transform(float[] in, int count, float[] out) {
    BatchChecks.check(in, count, inSize, out, outSize);
    if (count == 0) {
      return;
    }
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    if (geometry.axis() == Axis.ALL) {
      int lanes = Math.min(MAX_LANES, (count + workers - 1) / workers);
      int groups = (count + lanes - 1) / lanes;
      run(groups, g -> projectAll(in, g * lanes, Math.min(lanes, count - g * lanes), out));
    } else {
      int tasks = Math.min(count, workers);
      run(tasks, t -> {
        int from = (int) ((long) count * t / tasks);
        int to = (int) ((long) count * (t + 1) / tasks);
        if (geometry.axis() == Axis.CHANNEL) {
          projectChannels(in, from, to, out);
        } else {
          projectPositions(in, from, to, out);
        }
      });
    }
  }

  private static void run(int tasks, IntConsumer task) {
    if (tasks == 1) {
      task.accept(0);
    } else {
      IntStream.range(0, tasks).parallel().forEach(task);
    }
  }

  /** all: stimuli [first, first + lanes) side by side, input transposed tile by tile. */
  private void projectAll(float[] in, int first, int lanes, float[] out) {
    int k = matrix.rows();
    int d = inSize;
    float[] acc = new float[k * lanes];
    if (lanes == 1) {
      matrix.accumulate(in, first * d, 1, 0, d, acc, 0);
    } else {
      float[] z = new float[TILE * lanes];
      for (int j0 = 0; j0 < d; j0 += TILE) {
        int width = Math.min(TILE, d - j0);
        for (int l = 0; l < lanes; l++) {
          int src = (first + l) * d + j0;
          for (int t = 0; t < width; t++) {
            z[t * lanes + l] = in[src + t];
          }
        }
        matrix.accumulate(z, 0, lanes, j0, j0 + width, acc, 0);
      }
    }
    for (int l = 0; l < lanes; l++) {
      int dst = (first + l) * k;
      for (int i = 0; i < k; i++) {
        out[dst + i] = acc[i * lanes + l] * scale;
      }
    }
  }

  /** channel: in (C, P) is already channel-major with P lanes, and out (k, P) is the accumulator. */
  private void projectChannels(float[] in, int from, int to, float[] out) {
    int c = geometry.channels();
    int p = geometry.positions();
    for (int b = from; b < to; b++) {
      int dst = b * outSize;
      Arrays.fill(out, dst, dst + outSize, 0f);
      matrix.accumulate(in, b * inSize, p, 0, c, out, dst);
      for (int i = dst; i < dst + outSize; i++) {
        out[i] *= scale;
      }
    }
  }

  /**
   * spatial: transpose in (C, P) to (P, C) so that channels are lanes, a block of {@value #MAX_CHANNEL_LANES}
   * channels at a time to keep the k × lanes accumulator in cache; then out (C, k) = accᵀ.
   */
  private void projectPositions(float[] in, int from, int to, float[] out) {
    int c = geometry.channels();
    int p = geometry.positions();
    int k = matrix.rows();
    int block = Math.min(c, MAX_CHANNEL_LANES);
    float[] z = new float[p * block];
    float[] acc = new float[k * block];
    for (int b = from; b < to; b++) {
      for (int c0 = 0; c0 < c; c0 += block) {
        int lanes = Math.min(block, c - c0);
        int src = b * inSize + c0 * p;
        for (int l = 0; l < lanes; l++) {
          int row = src + l * p;
          for (int q = 0; q < p; q++) {
            z[q * lanes + l] = in[row + q];
          }
        }
        Arrays.fill(acc, 0, k * lanes, 0f);
        matrix.accumulate(z, 0, lanes, 0, p, acc, 0);
        int dst = b * outSize + c0 * k;
        for (int l = 0; l < lanes; l++) {
          for (int i = 0; i < k; i++) {
            out[dst + l * k + i] = acc[i * lanes + l] * scale;
          }
        }
      }
    }
  }
}
