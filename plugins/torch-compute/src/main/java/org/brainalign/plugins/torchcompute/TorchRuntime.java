package org.brainalign.plugins.torchcompute;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.brainalign.api.InvalidInputException;
import org.brainalign.djl.DjlSetup;

/**
 * The one place in this plugin that talks to DJL's engine registry (the same arrangement as the
 * resnet50 plugin's {@code DjlRuntime}, docs/method.md §4). Class loaders, DJL's offline and cache
 * settings and {@code OMP_WAIT_POLICY} are the shared {@link DjlSetup}'s.
 */
final class TorchRuntime {
  /** DJL's engine name for PyTorch. */
  static final String ENGINE = "PyTorch";

  private static final Object LOCK = new Object();
  private static volatile Engine engine;

  private TorchRuntime() {}

  /** Runs {@code work} with this plugin's class loader as the thread context class loader. */
  static <T> T call(Supplier<T> work) {
    return DjlSetup.call(work);
  }

  /**
   * The PyTorch engine, started on first use.
   *
   * @param key the setting that asked for torch, named in the message when it cannot start:
   *     {@code "gram-backend"} or {@code "eigen-backend"}
   * @param fallback that setting's built-in default, offered instead ({@code "blas"}, {@code "lapack"})
   * @throws InvalidInputException naming the fix when DJL or libtorch cannot start
   */
  static Engine pytorch(String key, String fallback) {
    Engine e = engine;
    if (e != null) {
      return e;
    }
    synchronized (LOCK) {
      if (engine == null) {
        requireDjl(key, fallback);
        DjlSetup.configure();
        engine = call(() -> load(ENGINE, key, fallback));
      }
      return engine;
    }
  }

  /** Sets libtorch's intra-op thread count. */
  static void threads(int n) {
    call(() -> {
      JniUtils.setNumThreads(n);
      return null;
    });
  }

  /**
   * Starts the named DJL engine with autograd off.
   *
   * @throws InvalidInputException when it cannot start, naming what to install or to choose instead
   */
  static Engine load(String name, String key, String fallback) {
    try {
      Engine e = Engine.getEngine(name);
      if (name.equals(ENGINE)) {
        JniUtils.setGradMode(false);
      }
      return e;
    } catch (IllegalArgumentException | ai.djl.engine.EngineException | UnsatisfiedLinkError ex) {
      throw new InvalidInputException(key + " torch: libtorch could not start (" + ex.getMessage()
          + "). Use '" + key + ": " + fallback + "' (the default), or run with the brainalign launcher, whose "
          + "class path has DJL 0.36.0 with pytorch-native-cpu 2.7.1; for a GPU, point "
          + "PYTORCH_LIBRARY_PATH at a local CUDA libtorch 2.7.1 and set PYTORCH_FLAVOR=cu128; "
          + Path.of(System.getProperty("DJL_CACHE_DIR", "~/.djl.ai")) + " must be writable with "
          + "~450 MB free.", ex);
    }
  }

  /** Fails, naming the jars, when the host does not supply DJL (checked without loading it). */
  static void requireDjl(String key, String fallback) {
    for (String cls : new String[] {"ai.djl.engine.Engine", "ai.djl.pytorch.engine.PtEngine"}) {
      try {
        Class.forName(cls, false, TorchRuntime.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new InvalidInputException(key + " torch needs DJL on the host's class path, found "
            + "no " + cls + ". Use '" + key + ": " + fallback + "', run with the brainalign launcher, or add "
            + "ai.djl:api 0.36.0, ai.djl.pytorch:pytorch-engine 0.36.0, pytorch-jni 2.7.1-0.36.0 and "
            + "pytorch-native-cpu 2.7.1 (linux-x86_64) to the class path.", e);
      }
    }
  }
}
