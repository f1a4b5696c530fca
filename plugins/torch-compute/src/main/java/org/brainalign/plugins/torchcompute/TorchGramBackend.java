package org.brainalign.plugins.torchcompute;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.GramPrecision;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;

/**
 * The centred Gram matrix on libtorch (DJL NDArrays), on a CUDA GPU or the CPU.
 *
 * <p>X {@code (n × p)} is streamed in float32 column panels Z {@code (n × w)}, each holding every
 * row, so its column means μ are exact within the panel: each panel is uploaded, centred on the
 * device (μ summed in float64), multiplied (Zc Zcᵀ, an {@code (n × n)} float32 gemm: libtorch has
 * no syrk) and added into a float64 K on the device; the float32 rounding of K is that of one panel,
 * whatever the number of panels. Centring each panel before its product keeps features with a large
 * common offset (ReLU activations) from cancelling in float32. On the host K is then
 * double-centred in float64, {@code Kc = K − r1ᵀ − 1rᵀ + r̄} with r the row means of K, which removes
 * what rounding left of the means ({@code Kc 1 = 0} to float64 rounding).
 *
 * <p>Memory: one {@code (n × w)} float32 panel on the heap and on the device, with w from the memory
 * budget as in the BLAS backend (at most 256 MB a panel) unless {@code panel} fixes it, plus
 * {@code 12 n²} bytes on the device (the float32 product and the float64 K) and {@code 8 n²} on the
 * heap. Agreement with the float64 BLAS backend: about 2e-7 of the largest entry of Kc (measured,
 * TorchGramBackendTest).
 *
 * @param device where the products run
 * @param panel columns per panel, or 0 to size panels from the memory budget
 * @param versions DJL and PyTorch versions, for {@link #describe()}
 */
record TorchGramBackend(Device device, int panel, String versions) implements GramBackend {
  /** Upper bound on one column panel, in bytes, as in the BLAS backend. */
  private static final long MAX_PANEL_BYTES = 256L << 20;

  TorchGramBackend {
    if (panel < 0) {
      throw new IllegalArgumentException("panel must be >= 0, found " + panel);
    }
  }

  @Override
  public DenseMatrix centredGram(Matrix x, String label, RunContext context) {
    int n = x.rows();
    int p = x.columns();
    int width = panel > 0 ? Math.min(panel, p) : widthFor(n, p, context.memoryBudget());
    double[] k = TorchRuntime.call(() -> accumulate(x, label, width, context));
    doubleCentre(k, n);
    return new DenseMatrix(n, n, k);
  }

  /** Columns per panel so that one float32 panel is at most a quarter of the budget (256 MB). */
  static int widthFor(int n, int p, long memoryBudget) {
    long budget = Math.max(1L << 20, Math.min(MAX_PANEL_BYTES, memoryBudget / 4));
    return (int) Math.max(1, Math.min(p, budget / (4L * Math.max(1, n))));
  }

  private double[] accumulate(Matrix x, String label, int width, RunContext context) {
    int n = x.rows();
    int p = x.columns();
    TorchRuntime.threads(Math.max(1, context.threads()));
    float[] full = new float[n * width];
    try (NDManager manager = NDManager.newBaseManager(device, TorchRuntime.ENGINE);
        Progress progress = context.progress("gram " + label + " (torch on " + device + ")", p)) {
      // K: float64, (n × n), on the device
      NDArray k = manager.zeros(new Shape(n, n), DataType.FLOAT64);
      for (int c0 = 0; c0 < p; c0 += width) {
        int w = Math.min(width, p - c0);
        float[] z = w == width ? full : new float[n * w];
        x.readBlock(0, n, c0, c0 + w, z);
        requireFinite(z, n, w, c0, label);
        try (NDManager step = manager.newSubManager()) {
          NDArray panelZ = step.create(z, new Shape(n, w));
          // μ: column means over all n rows, summed in float64
          NDArray mu = panelZ.toType(DataType.FLOAT64, false).mean(new int[] {0}, true)
              .toType(DataType.FLOAT32, false);
          NDArray zc = panelZ.sub(mu);
          k.addi(zc.matMul(zc.transpose()).toType(DataType.FLOAT64, false));
        }
        progress.advance(w);
      }
      return k.toDoubleArray();
    }
  }

  /** NaN or ±Inf (also a float64 value beyond float32's range) stops the run, naming the cell. */
  private static void requireFinite(float[] z, int n, int w, int c0, String label) {
    for (int i = 0; i < n * w; i++) {
      if (!Float.isFinite(z[i])) {
        throw new InvalidInputException(label + ": row " + (i / w) + ", column " + (c0 + i % w)
            + " is " + z[i] + " in float32; the Gram matrix needs finite values. Remove or impute it, "
            + "or set 'non-finite: drop' under 'analysis:' in the study file.");
      }
    }
  }

  /** Kc = K − r1ᵀ − 1rᵀ + r̄, in place; r the row means of the symmetric K, r̄ their mean. */
  static void doubleCentre(double[] k, int n) {
    double[] r = new double[n];
    double all = 0;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += k[i * n + j];
      }
      r[i] = s / n;
      all += r[i];
    }
    all /= n;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        k[i * n + j] += all - r[i] - r[j];
      }
    }
  }

  @Override
  public GramPrecision arithmetic() {
    return GramPrecision.SINGLE;
  }

  @Override
  public String describe() {
    return "torch on " + device + " (" + versions + "; float32 panel products summed in float64)";
  }
}
