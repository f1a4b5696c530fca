package org.brainalign.plugins.resnet50.ort;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.onnxruntime.OrtEnvironment;
import org.brainalign.api.InvalidInputException;
import org.brainalign.djl.DjlSetup;

/**
 * ONNX Runtime as the host supplies it ({@code com.microsoft.onnxruntime:onnxruntime}, whose jar
 * carries the CPU natives for linux-x64, macOS and Windows): checked before any weights are read,
 * started on first use.
 */
public final class OrtRuntime {
  /** DJL's ONNX Runtime engine, when the host has it. */
  private static final String DJL_ENGINE = "ai.djl.onnxruntime.engine.OrtEngine";
  private static final String FIX = " Run with the brainalign launcher, whose class path has "
      + "com.microsoft.onnxruntime:onnxruntime 1.21.1, or set engine=libtorch.";

  private static volatile OrtEnvironment environment;

  private OrtRuntime() {}

  /**
   * Fails, without loading natives, when the host lacks ONNX Runtime.
   *
   * @throws InvalidInputException naming the missing library and the fix
   */
  public static void require() {
    if (!present("ai.onnxruntime.OrtSession")) {
      throw new InvalidInputException("model 'resnet50': engine=onnxruntime needs ONNX Runtime on "
          + "the class path, found none (no class ai.onnxruntime.OrtSession)." + FIX);
    }
  }

  private static boolean present(String cls) {
    try {
      Class.forName(cls, false, OrtRuntime.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * ONNX Runtime's environment, its natives loaded on first use. A process has one environment, and
   * DJL's ONNX Runtime engine (the {@code onnx} plugin's) refuses to start once another has created
   * it, so when the host has that engine it is started first and creates the environment for both.
   *
   * @throws InvalidInputException when the natives cannot load on this platform
   */
  static OrtEnvironment environment() {
    OrtEnvironment env = environment;
    if (env != null) {
      return env;
    }
    synchronized (OrtRuntime.class) {
      if (environment == null) {
        environment = start();
      }
      return environment;
    }
  }

  private static OrtEnvironment start() {
    try {
      if (present(DJL_ENGINE)) {
        DjlSetup.configure();
        DjlSetup.call(() -> Engine.getEngine("OnnxRuntime"));
      }
      return OrtEnvironment.getEnvironment();
    } catch (LinkageError | IllegalStateException | IllegalArgumentException | EngineException e) {
      throw new InvalidInputException("model 'resnet50': ONNX Runtime could not start ("
          + e.getMessage() + ")." + FIX, e);
    }
  }

  /** ONNX Runtime's version, for provenance. */
  public static String version() {
    return "ONNX Runtime " + environment().getVersion();
  }
}
