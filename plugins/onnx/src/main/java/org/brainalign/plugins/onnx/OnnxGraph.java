package org.brainalign.plugins.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;

/**
 * The outputs an ONNX graph declares, read with ONNX Runtime before the model is used, so that a
 * graph brainalign cannot take is refused by name: one without outputs, an output that is not a
 * tensor, or one that is neither 4-D {@code (n, channels, height, width)} nor 2-D
 * {@code (n, features)}.
 */
final class OnnxGraph {
  private OnnxGraph() {}

  /**
   * The graph's outputs in graph order.
   *
   * @param file the ONNX file
   * @return output names, each a layer
   * @throws DataFormatException when the file cannot be loaded or an output is not usable
   */
  static List<String> outputs(Path file) {
    return OnnxRuntime.call(() -> {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
          OrtSession session = env.createSession(file.toString(), quiet(options))) {
        return check(file, session.getOutputInfo());
      } catch (OrtException e) {
        if (OnnxOutputCount.of(file) == 0) {
          check(file, Map.of());
        }
        throw new DataFormatException(file, "cannot load as ONNX (" + e.getMessage() + "). Export it "
            + "with torch.onnx.export or tools/export-model.py --format onnx.", e);
      }
    });
  }

  /** ONNX Runtime logs a failed load itself; the DataFormatException says it once, clearly. */
  private static OrtSession.SessionOptions quiet(OrtSession.SessionOptions options) throws OrtException {
    options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
    return options;
  }

  private static List<String> check(Path file, Map<String, NodeInfo> outputs) {
    if (outputs.isEmpty()) {
      throw new DataFormatException(file, "the graph has no outputs; expected one output per layer. "
          + "Export the layers as the graph's outputs (tools/export-model.py --format onnx).");
    }
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, NodeInfo> e : outputs.entrySet()) {
      if (!(e.getValue().getInfo() instanceof TensorInfo t)) {
        throw new DataFormatException(file, "output '" + e.getKey() + "' is not a tensor ("
            + e.getValue().getInfo() + "); every output must be a layer's activations.");
      }
      int rank = t.getShape().length;
      if (rank != 4 && rank != 2) {
        throw new DataFormatException(file, "output '" + e.getKey() + "' has shape "
            + Arrays.toString(t.getShape()) + " (" + rank + "-D); expected 4-D (batch, channels, "
            + "height, width) or 2-D (batch, features). Flatten or drop it before exporting.");
      }
      names.add(e.getKey());
    }
    return names;
  }
}
