package org.brainalign.plugins.onnx;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import java.util.function.Supplier;
import org.brainalign.api.InvalidInputException;
import org.brainalign.djl.DjlSetup;

/**
 * DJL's ONNX Runtime engine, started once for this plugin. DJL and ONNX Runtime (whose jar carries
 * the CPU native library, so nothing is downloaded) come from the host; every DJL call goes through
 * {@link DjlSetup#call} so that DJL's engine registry sees this plugin's class loader.
 */
final class OnnxRuntime {
  /** DJL's engine name for ONNX Runtime. */
  static final String ENGINE = "OnnxRuntime";
  private static final String NEEDS = "model 'onnx': ONNX Runtime could not start (";
  private static final String FIX = "). Run with the brainalign launcher, whose class path has "
      + "ai.djl.onnxruntime:onnxruntime-engine 0.36.0 and com.microsoft.onnxruntime:onnxruntime 1.21.1 "
      + "(CPU natives for linux-x64, macOS and Windows inside).";
  private static final Object LOCK = new Object();
  private static volatile Engine engine;

  private OnnxRuntime() {}

  /** Runs {@code work} with this plugin's class loader as the thread context class loader. */
  static <T> T call(Supplier<T> work) {
    return DjlSetup.call(work);
  }

  /**
   * The engine, started on first use.
   *
   * @throws InvalidInputException when DJL's ONNX Runtime engine is missing or cannot start
   */
  static Engine start() {
    Engine e = engine;
    if (e != null) {
      return e;
    }
    synchronized (LOCK) {
      if (engine == null) {
        require();
        DjlSetup.configure();
        engine = call(() -> {
          try {
            return Engine.getEngine(ENGINE);
          } catch (IllegalArgumentException | EngineException | UnsatisfiedLinkError ex) {
            throw new InvalidInputException(NEEDS + ex.getMessage() + FIX, ex);
          }
        });
      }
      return engine;
    }
  }

  /** Fails, without loading natives, when the host lacks DJL's engine or ONNX Runtime. */
  static void require() {
    for (String cls : new String[] {"ai.djl.engine.Engine", "ai.djl.onnxruntime.engine.OrtEngine",
        "ai.onnxruntime.OrtSession"}) {
      try {
        Class.forName(cls, false, OnnxRuntime.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new InvalidInputException(NEEDS + "found no " + cls + " on the host's class path" + FIX, e);
      }
    }
  }

  /** DJL and ONNX Runtime versions, for provenance. */
  static String versions() {
    return "DJL " + Engine.getDjlVersion() + ", ONNX Runtime " + call(() -> start().getVersion());
  }
}
