package org.brainalign.study;

/**
 * Rough estimates of a task's memory and time, for {@code tasks.json} and the SLURM resources of a
 * stage (each overridable on the command line). They are sized for the 2-core reference machine of
 * {@code docs/benchmarks.md}: sgemm at ~100 GFLOP/s effective, LAPACK eigendecompositions at ~10
 * GFLOP/s, ResNet50 at 224 px ~20 images/s; a JVM with its plugins needs ~1 GiB before any data.
 */
final class TaskEstimates {
  static final String BASIS = "2-core node; Gram 2·n²·p flops at 1e11/s, per fold an n³ "
      + "eigendecomposition at 1e10 flops/s, 20 images/s for the model; memory = 1 GiB JVM + data";
  private static final long GIB = 1L << 30;

  private TaskEstimates() {}

  /** A JVM with its plugins, before any data. */
  static long jvmMemory() {
    return GIB;
  }

  static long featuresMemory() {
    return 2 * GIB;
  }

  static double featuresSeconds(int images, int outputs) {
    return 15 + images / 20.0 + 0.001 * images * outputs;
  }

  static long gramMemory(int n, boolean wide) {
    return GIB + (wide ? 2L * 8 * n * n + (256L << 20) : 0);
  }

  static double gramSeconds(int n, long columns, boolean wide) {
    return 10 + (wide ? 2.0 * n * n * columns / 1e11 : 0);
  }

  /** The cells of one entry run one after another in the worst case: the memory of two at once. */
  static long cellsMemory(int n) {
    return GIB + 2 * (8L * 8 * n * n + (256L << 20));
  }

  static double cellsSeconds(int n, long columns, int cells) {
    double fold = Math.pow(0.875 * n, 3) * 10 / 1e10;
    double gram = columns > n ? 0 : 2.0 * n * n * columns / 1e11;
    return 10 + gram + cells * (8 * fold + 1);
  }

  static long mergeMemory() {
    return GIB;
  }
}
