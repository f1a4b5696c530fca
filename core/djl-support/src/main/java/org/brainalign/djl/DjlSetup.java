package org.brainalign.djl;

import java.util.function.Supplier;

/**
 * What every plugin that runs libtorch through DJL does the same way (docs/method.md §4).
 *
 * <p>DJL is supplied by the host, so libtorch is loaded by one class loader however many DJL plugins
 * are installed (a native library can belong to one class loader only). DJL finds its engine and its
 * native jars through the thread context class loader, so every DJL call goes through {@link #call},
 * which sets that loader to the calling plugin's loader and restores it afterwards. This class is
 * bundled into each plugin jar, so its own class loader is that plugin's loader.
 *
 * <p>{@link #configure} sets, unless the user already set them (environment or system property):
 * {@code ai.djl.offline=true} (DJL never downloads; the natives come from the host's
 * {@code pytorch-native-cpu} jar, or from {@code PYTORCH_LIBRARY_PATH}), {@code DJL_CACHE_DIR}
 * (where libtorch, ~450 MB, is extracted once; by default {@code ~/.cache/brainalign/djl}, see
 * {@link CacheDirs}) and, in the process environment, {@code OMP_WAIT_POLICY=PASSIVE} (idle OpenMP
 * workers sleep instead of spinning: on this project's shared 2-core machine that doubled ResNet50's
 * images/s, docs/benchmarks/resnet50.md; set {@code OMP_WAIT_POLICY=ACTIVE} to keep spinning). It
 * never sets {@code PYTORCH_VERSION} or {@code PYTORCH_FLAVOR}: either would make DJL look for
 * another libtorch.
 */
public final class DjlSetup {
  private DjlSetup() {}

  /** Runs {@code work} with the plugin's class loader as the thread context class loader. */
  public static <T> T call(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(DjlSetup.class.getClassLoader());
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Applies the settings above; call once, before the engine first loads. */
  public static void configure() {
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
}
