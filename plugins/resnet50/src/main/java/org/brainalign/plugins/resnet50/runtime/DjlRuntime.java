package org.brainalign.plugins.resnet50.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.function.Supplier;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.djl.DjlSetup;
import org.brainalign.djl.LibtorchUnavailableException;
import org.brainalign.djl.PyTorchEngine;
import org.brainalign.djl.vision.ModelDevice;

/**
 * The one place in this plugin that talks to DJL's engine registry. Class loaders, DJL's offline and
 * cache settings, {@code OMP_WAIT_POLICY} and starting the engine are the shared {@link DjlSetup}'s
 * and {@link PyTorchEngine}'s.
 */
public final class DjlRuntime {
  /** DJL's engine name for PyTorch. */
  public static final String ENGINE = PyTorchEngine.NAME;
  /** Names the models in a start-up failure's message. */
  static final String WHAT = "the DJL models (resnet50, torchscript)";

  private DjlRuntime() {}

  /** Runs {@code work} with this plugin's class loader as the thread context class loader. */
  public static <T> T call(Supplier<T> work) {
    return DjlSetup.call(work);
  }

  /** Runs {@code work} like {@link #call(Supplier)}. */
  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /**
   * The PyTorch engine, started on first use by the shared {@link PyTorchEngine}.
   *
   * @throws LibtorchUnavailableException when the host lacks DJL's PyTorch engine or its natives
   */
  public static Engine pytorch() {
    return PyTorchEngine.start(WHAT, "");
  }

  /** Fails, without loading DJL, when the host does not supply it. */
  public static void requireDjl() {
    PyTorchEngine.requireDjl(WHAT, "");
  }

  /** The DJL device for {@code device}, checked against the engine. */
  public static Device device(ModelDevice device) {
    if (device == ModelDevice.CPU) {
      return Device.cpu();
    }
    int gpus = call(() -> pytorch().getGpuCount());
    if (gpus < 1) {
      throw new InvalidOptionException("device=gpu: expected a CUDA-enabled libtorch, found none (the "
          + "CPU libtorch from Maven Central is in use). Use device=cpu, or point PYTORCH_LIBRARY_PATH "
          + "at a local CUDA libtorch 2.7.1 and set PYTORCH_FLAVOR=cu128 before starting brainalign.");
    }
    return Device.gpu();
  }

  /** Sets libtorch's intra-op thread count for the calling thread's work. */
  public static void threads(int n) {
    run(() -> JniUtils.setNumThreads(n));
  }

  /** DJL and libtorch versions, for provenance. */
  public static String versions() {
    return "DJL " + Engine.getDjlVersion() + ", PyTorch " + call(() -> pytorch().getVersion());
  }
}
