package org.brainalign.plugins.torchcompute;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import org.brainalign.api.compute.SymmetricEigen;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;

/**
 * Symmetric eigendecompositions by {@code torch.linalg.eigh} in float64 on libtorch, on a CUDA GPU
 * or the CPU.
 *
 * <p>DJL 0.36's NDArray has no eigh, so this runs a TorchScript module shipped as the resource
 * {@code eigh.pt} (written by {@code src/main/python/generate_eigh_module.py}): its forward takes
 * A {@code (n × n)} float64 and returns the eigenvalues in descending order and Vᵀ row-major, which
 * is V column-major. A is handed over as stored: column-major read row-major is Aᵀ, whose upper
 * triangle is A's lower triangle, so the module calls eigh with {@code UPLO="U"} and reads exactly
 * what LAPACK dsyevd reads with {@code UPLO = L}.
 *
 * <p>Memory: A and V on the heap (16 n² bytes) and on the device (about 24 n² bytes with eigh's
 * workspace); at n = 8,750, 1.2 GB and 1.8 GB.
 */
final class TorchEigenSolver implements SymmetricEigenSolver {
  private final Model module;
  private final Device device;
  private final String versions;

  /**
   * @param module the loaded {@code eigh.pt}, on {@code device}; kept for the life of the process
   * @param device where eigh runs
   * @param versions DJL and PyTorch versions, for {@link #describe()}
   */
  TorchEigenSolver(Model module, Device device, String versions) {
    this.module = module;
    this.device = device;
    this.versions = versions;
  }

  @Override
  public SymmetricEigen decompose(int n, double[] a, String label, RunContext context) {
    if (n < 0 || a.length != (long) n * n) {
      throw new IllegalArgumentException("a must hold n² = " + (long) n * n + " values, found "
          + a.length);
    }
    if (n == 0) {
      return new SymmetricEigen(new double[0], new double[0]);
    }
    requireFinite(n, a, label);
    try (Progress progress = context.progress("eigh " + label + " (torch on " + device + ")", 1)) {
      SymmetricEigen e = TorchRuntime.call(() -> run(n, a, label, context));
      progress.advance(1);
      return e;
    }
  }

  private SymmetricEigen run(int n, double[] a, String label, RunContext context) {
    TorchRuntime.threads(Math.max(1, context.threads()));
    try (NDManager step = module.getNDManager().newSubManager(device);
        Predictor<NDList, NDList> predictor = module.newPredictor(new NoopTranslator())) {
      NDList out = predictor.predict(new NDList(step.create(a, new Shape(n, n))));
      if (out.size() != 2 || out.get(0).getDataType() != DataType.FLOAT64) {
        throw new IllegalStateException("eigh.pt returned " + out.size() + " arrays, expected the "
            + "float64 eigenvalues and eigenvectors; regenerate it with generate_eigh_module.py");
      }
      double[] values = out.get(0).toDoubleArray();
      double[] vectors = out.get(1).toDoubleArray();
      out.close();
      for (double v : values) {
        if (!Double.isFinite(v)) {
          throw new ArithmeticException("torch eigh of " + label + " (" + n + " × " + n
              + ") gave a non-finite eigenvalue");
        }
      }
      return new SymmetricEigen(values, vectors);
    } catch (TranslateException | ai.djl.engine.EngineException e) {
      throw new ArithmeticException("torch eigh failed on " + label + " (" + n + " × " + n + " on "
          + device + "): " + e.getMessage());
    }
  }

  /** The lower triangle must be finite, as for LAPACK (which would fail with info > 0). */
  private static void requireFinite(int n, double[] a, String label) {
    for (int j = 0; j < n; j++) {
      for (int i = j; i < n; i++) {
        if (!Double.isFinite(a[i + j * n])) {
          throw new ArithmeticException("torch eigh: " + label + " has " + a[i + j * n] + " at ("
              + i + ", " + j + "); the eigendecomposition needs finite values");
        }
      }
    }
  }

  @Override
  public String describe() {
    return "torch eigh on " + device + " (" + versions + "; float64)";
  }
}
