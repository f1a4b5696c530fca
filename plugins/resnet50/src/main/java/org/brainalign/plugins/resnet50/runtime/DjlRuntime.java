package org.brainalign.plugins.resnet50.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.djl.DjlSetup;

/**
 * The one place in this plugin that talks to DJL's engine registry. Class loaders, DJL's offline and
 * cache settings and {@code OMP_WAIT_POLICY} are the shared {@link DjlSetup}'s.
 */
public final class DjlRuntime {
  /** DJL's engine name for PyTorch. */
  public static final String ENGINE = "PyTorch";

  private static final Object LOCK = new Object();
  private static volatile Engine engine;

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
   * The PyTorch engine, initialised on first use.
   *
   * @throws BrainAlignException when the host lacks DJL's PyTorch engine or its natives
   */
  public static Engine pytorch() {
    Engine e = engine;
    if (e != null) {
      return e;
    }
    synchronized (LOCK) {
      if (engine == null) {
        DjlSetup.configure();
        engine = call(DjlRuntime::load);
      }
      return engine;
    }
  }

  /** The device for {@code name} ({@code cpu} or {@code gpu}), checked against the engine. */
  public static Device device(String name) {
    if (name.equals("cpu")) {
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

  private static Engine load() {
    try {
      Engine e = Engine.getEngine(ENGINE);
      JniUtils.setGradMode(false);
      return e;
    } catch (IllegalArgumentException | ai.djl.engine.EngineException | UnsatisfiedLinkError ex) {
      Path cache = Path.of(System.getProperty("DJL_CACHE_DIR", "~/.djl.ai"));
      throw new BrainAlignException("DJL's PyTorch engine could not start: " + ex.getMessage()
          + ". The host must put ai.djl:api, ai.djl.pytorch:pytorch-engine 0.36.0, pytorch-jni "
          + "2.7.1-0.36.0 and pytorch-native-cpu 2.7.1 (linux-x86_64) on its class path, and "
          + cache + " must be writable with ~450 MB free.", ex);
    }
  }
}
