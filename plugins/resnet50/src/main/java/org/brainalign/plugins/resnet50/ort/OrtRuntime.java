package org.brainalign.plugins.resnet50.ort;

import ai.onnxruntime.OrtEnvironment;
import org.brainalign.api.InvalidInputException;

/**
 * ONNX Runtime as the host supplies it ({@code com.microsoft.onnxruntime:onnxruntime}, whose jar
 * carries the CPU natives for linux-x64, macOS and Windows): checked before any weights are read,
 * started on first use.
 */
public final class OrtRuntime {
  private static final String FIX = " Run with the brainalign launcher, whose class path has "
      + "com.microsoft.onnxruntime:onnxruntime 1.21.1, or set engine=libtorch.";

  private OrtRuntime() {}

  /**
   * Fails, without loading natives, when the host lacks ONNX Runtime.
   *
   * @throws InvalidInputException naming the missing library and the fix
   */
  public static void require() {
    try {
      Class.forName("ai.onnxruntime.OrtSession", false, OrtRuntime.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new InvalidInputException("model 'resnet50': engine=onnxruntime needs ONNX Runtime on "
          + "the class path, found none (" + e.getMessage() + ")." + FIX, e);
    }
  }

  /**
   * ONNX Runtime's environment, its natives loaded on first use.
   *
   * @throws InvalidInputException when the natives cannot load on this platform
   */
  static OrtEnvironment environment() {
    try {
      return OrtEnvironment.getEnvironment();
    } catch (LinkageError | IllegalStateException e) {
      throw new InvalidInputException("model 'resnet50': ONNX Runtime could not start ("
          + e.getMessage() + ")." + FIX, e);
    }
  }

  /** ONNX Runtime's version, for provenance. */
  public static String version() {
    return "ONNX Runtime " + environment().getVersion();
  }
}
