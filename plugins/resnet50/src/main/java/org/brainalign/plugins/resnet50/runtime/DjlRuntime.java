package org.brainalign.plugins.resnet50.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.extension.InvalidOptionException;

/**
 * The one place that talks to DJL's engine registry.
 *
 * <p>DJL is supplied by the host application, so that libtorch is loaded by one class loader however
 * many DJL-based plugins are installed (a native library can belong to one class loader only). DJL
 * finds its engine and its native jars through the thread context class loader, so every DJL call is
 * made through {@link #call}, which sets that loader to this plugin's loader (which sees the host's
 * classes and resources too) and restores it afterwards, on whatever thread runs it.
 *
 * <p>Before the first call it sets, unless the user already set them (environment or system property):
 * {@code ai.djl.offline=true} (DJL never downloads; the natives come from the
 * {@code pytorch-native-cpu} jar) and {@code DJL_CACHE_DIR} (where libtorch, ~450 MB, is extracted
 * once), by default {@code ~/.cache/brainalign/djl}. It never sets {@code PYTORCH_VERSION} or
 * {@code PYTORCH_FLAVOR}: either would make DJL look for another libtorch.
 *
 * <p>It also sets {@code OMP_WAIT_POLICY=PASSIVE} in the process environment (unless set) before
 * libtorch's OpenMP runtime loads: idle OpenMP workers then sleep instead of spinning. On this
 * project's shared 2-core machine that doubled images/s to {@code layer4} (1.8–2.3 → 3.7–4.7 at 2
 * threads, see docs/benchmarks/resnet50.md); on a dedicated machine the cost is a few percent. Set
 * {@code OMP_WAIT_POLICY=ACTIVE} to keep spinning.
 */
public final class DjlRuntime {
  /** DJL's engine name for PyTorch. */
  public static final String ENGINE = "PyTorch";

  private static final Object LOCK = new Object();
  private static volatile Engine engine;

  private DjlRuntime() {}

  /** Runs {@code work} with this plugin's class loader as the thread context class loader. */
  public static <T> T call(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(DjlRuntime.class.getClassLoader());
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
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
        configure();
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

  private static void configure() {
    if (unset("DJL_OFFLINE") && unset("ai.djl.offline") && unset("offline")) {
      System.setProperty("ai.djl.offline", "true");
    }
    if (unset("DJL_CACHE_DIR")) {
      System.setProperty("DJL_CACHE_DIR", CacheDirs.root().resolve("djl").toString());
    }
    NativeEnvironment.setIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
  }

  private static boolean unset(String key) {
    return System.getenv(key) == null && System.getProperty(key) == null;
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
