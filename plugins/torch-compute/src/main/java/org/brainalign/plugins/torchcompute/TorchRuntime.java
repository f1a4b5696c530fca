package org.brainalign.plugins.torchcompute;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.function.Supplier;
import org.brainalign.djl.DjlSetup;
import org.brainalign.djl.LibtorchUnavailableException;
import org.brainalign.djl.PyTorchEngine;

/**
 * The one place in this plugin that talks to DJL's engine registry (the same arrangement as the
 * resnet50 plugin's {@code DjlRuntime}, docs/method.md §4). Class loaders, DJL's offline and cache
 * settings, {@code OMP_WAIT_POLICY} and starting the engine are the shared {@link DjlSetup}'s and
 * {@link PyTorchEngine}'s.
 */
final class TorchRuntime {
  /** DJL's engine name for PyTorch. */
  static final String ENGINE = PyTorchEngine.NAME;

  private TorchRuntime() {}

  /** Runs {@code work} with this plugin's class loader as the thread context class loader. */
  static <T> T call(Supplier<T> work) {
    return DjlSetup.call(work);
  }

  /**
   * The PyTorch engine, started on first use by the shared {@link PyTorchEngine}.
   *
   * @param key the setting that asked for torch, named in the message when it cannot start:
   *     {@code "gram-backend"} or {@code "eigen-backend"}
   * @param fallback that setting's built-in default, offered instead ({@code "blas"}, {@code "lapack"})
   * @throws LibtorchUnavailableException naming the fix when DJL or libtorch cannot start
   */
  static Engine pytorch(String key, String fallback) {
    return PyTorchEngine.start(key + " torch", alternative(key, fallback));
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
   * @throws LibtorchUnavailableException when it cannot start, naming what to install or to choose
   */
  static Engine load(String name, String key, String fallback) {
    return PyTorchEngine.load(name, key + " torch", alternative(key, fallback));
  }

  private static String alternative(String key, String fallback) {
    return "Use '" + key + ": " + fallback + "' (the default)";
  }
}
