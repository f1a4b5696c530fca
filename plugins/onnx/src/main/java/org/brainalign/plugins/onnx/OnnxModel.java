package org.brainalign.plugins.onnx;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.brainalign.api.DataFormatException;
import org.brainalign.djl.vision.ExportSidecar;
import org.brainalign.djl.vision.ModelSettings;
import org.brainalign.djl.vision.NetworkFileModel;

/**
 * An ONNX graph, loaded on first use. Its layers are its sidecar's when it has one, else found by
 * running one blank image through it; either way the outputs are checked against the sidecar and
 * {@link OnnxGraph}'s rules when the graph loads.
 */
final class OnnxModel extends NetworkFileModel {
  private List<String> outputs;

  OnnxModel(Path file, ModelSettings settings, Optional<ExportSidecar> sidecar) {
    super("onnx", file, settings, sidecar, "cpu");
  }

  @Override
  protected <T> T onEngine(Supplier<T> work) {
    return OnnxRuntime.call(work);
  }

  @Override
  protected void beforeLoad() {
    OnnxRuntime.start();
    outputs = OnnxGraph.outputs(file);
  }

  @Override
  protected ZooModel<NDList, NDList> open() {
    Criteria.Builder<NDList, NDList> criteria = Criteria.builder()
        .setTypes(NDList.class, NDList.class)
        .optModelPath(file)
        .optEngine(OnnxRuntime.ENGINE)
        .optTranslator(new NoopTranslator());
    if (settings.threads() > 0) {
      criteria.optOption("intraOpNumThreads", Integer.toString(settings.threads()));
    }
    return load(criteria.build(), "ONNX",
        "Export it with torch.onnx.export or tools/export-model.py --format onnx.");
  }

  @Override
  protected String forwardName() {
    return "the graph";
  }

  @Override
  protected String forwardRequirement() {
    return "It must take one normalised image batch of that size (check the options resize and "
        + "crop, or the sidecar).";
  }

  /** Outputs by name, in graph order (DJL returns them in that order). */
  @Override
  protected Map<String, NDArray> name(NDList out) {
    if (out.size() != outputs.size()) {
      throw new DataFormatException(file, "the graph declares " + outputs.size() + " outputs "
          + outputs + " but returned " + out.size());
    }
    Map<String, NDArray> named = new LinkedHashMap<>();
    for (int i = 0; i < out.size(); i++) {
      named.put(outputs.get(i), out.get(i));
    }
    return named;
  }

  @Override
  protected int[] perImage(String output, Shape shape) {
    if (shape.dimension() != 4 && shape.dimension() != 2 || shape.get(0) != 1) {
      throw new DataFormatException(file, "output '" + output + "' has shape " + shape + " for a batch "
          + "of 1; expected (1, channels, height, width) or (1, features).");
    }
    return afterBatch(shape);
  }

  @Override
  protected String engineVersions() {
    return OnnxRuntime.versions();
  }
}
