package org.brainalign.plugins.onnx;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.ActivationSink;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.djl.vision.BatchLoop;
import org.brainalign.djl.vision.ExportSidecar;
import org.brainalign.djl.vision.LayerSelection;
import org.brainalign.djl.vision.ModelSettings;
import org.brainalign.djl.vision.SidecarCheck;
import org.brainalign.support.digest.Sha256;

/**
 * An ONNX graph, loaded on first use. Its layers are its sidecar's when it has one, else found by
 * running one blank image through it; either way the outputs are checked against the sidecar and
 * {@link OnnxGraph}'s rules when the graph loads.
 */
final class OnnxModel implements VisionModel {
  private final Path file;
  private final ModelSettings settings;
  private final Optional<ExportSidecar> sidecar;
  private ZooModel<NDList, NDList> model;
  private List<String> outputs;
  private List<LayerInfo> layers;
  private boolean closed;

  OnnxModel(Path file, ModelSettings settings, Optional<ExportSidecar> sidecar) {
    this.file = file;
    this.settings = settings;
    this.sidecar = sidecar;
  }

  @Override
  public synchronized List<LayerInfo> layers() {
    if (sidecar.isPresent()) {
      return sidecar.get().layers();
    }
    load();
    return layers;
  }

  @Override
  public void extract(ImageSource images, List<String> names, ActivationSink sink, RunContext context) {
    Set<String> wanted = LayerSelection.resolve(layers(), names).stream()
        .map(LayerInfo::name).collect(Collectors.toSet());
    load();
    int crop = settings.crop();
    OnnxRuntime.call(() -> {
      try (Predictor<NDList, NDList> predictor = model.newPredictor()) {
        BatchLoop.run(images, settings.transform(), settings.batch(), context, "onnx",
            (first, count, px) -> {
              try (NDManager batch = model.getNDManager().newSubManager()) {
                NDList out = predict(predictor, batch.create(px, new Shape(count, 3, crop, crop)));
                Map<String, NDArray> named = name(out);
                for (LayerInfo layer : layers) {
                  if (wanted.contains(layer.name())) {
                    sink.accept(layer.name(), first, count, named.get(layer.name()).toFloatArray());
                  }
                }
                out.close();
              }
            });
      }
      return null;
    });
  }

  private synchronized void load() {
    if (closed) {
      throw new IllegalStateException("onnx model is closed");
    }
    if (model != null) {
      return;
    }
    OnnxRuntime.start();
    outputs = OnnxGraph.outputs(file);
    OnnxRuntime.call(() -> {
      Criteria.Builder<NDList, NDList> criteria = Criteria.builder()
          .setTypes(NDList.class, NDList.class)
          .optModelPath(file)
          .optEngine(OnnxRuntime.ENGINE)
          .optTranslator(new NoopTranslator());
      if (settings.threads() > 0) {
        criteria.optOption("intraOpNumThreads", Integer.toString(settings.threads()));
      }
      try {
        model = criteria.build().loadModel();
      } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
        throw new DataFormatException(file, "cannot load as ONNX (" + e.getMessage() + "). Export it "
            + "with torch.onnx.export or tools/export-model.py --format onnx.", e);
      }
      int crop = settings.crop();
      try (Predictor<NDList, NDList> predictor = model.newPredictor();
          NDManager probe = model.getNDManager().newSubManager()) {
        NDList out = predict(predictor, probe.zeros(new Shape(1, 3, crop, crop)));
        List<LayerInfo> found = new ArrayList<>();
        name(out).forEach((n, a) -> found.add(new LayerInfo(n, perImage(n, a.getShape()))));
        layers = List.copyOf(found);
        out.close();
      }
      sidecar.ifPresent(s -> SidecarCheck.outputs(s, layers, file));
      return null;
    });
  }

  private NDList predict(Predictor<NDList, NDList> predictor, NDArray x) {
    try {
      return predictor.predict(new NDList(x));
    } catch (TranslateException | RuntimeException e) {
      throw new DataFormatException(file, "the graph failed on a (n, 3, " + settings.crop() + ", "
          + settings.crop() + ") batch: " + e.getMessage() + ". It must take one normalised image "
          + "batch of that size (check the options resize and crop, or the sidecar).", e);
    }
  }

  /** Outputs by name, in graph order (DJL returns them in that order). */
  private Map<String, NDArray> name(NDList out) {
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

  private int[] perImage(String output, Shape shape) {
    if (shape.dimension() != 4 && shape.dimension() != 2 || shape.get(0) != 1) {
      throw new DataFormatException(file, "output '" + output + "' has shape " + shape + " for a batch "
          + "of 1; expected (1, channels, height, width) or (1, features).");
    }
    int[] dims = new int[shape.dimension() - 1];
    for (int i = 1; i < shape.dimension(); i++) {
      dims[i - 1] = Math.toIntExact(shape.get(i));
    }
    return dims;
  }

  @Override
  public synchronized Map<String, Object> provenance() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("model", "onnx");
    p.put("file", file.toAbsolutePath().toString());
    p.put("sha256", Sha256.of(file));
    p.put("preprocessing", settings.transform().describe());
    p.put("resize", settings.resize());
    p.put("crop", settings.crop());
    p.put("resample", settings.resample().id());
    p.put("mean", Arrays.toString(settings.mean()));
    p.put("std", Arrays.toString(settings.std()));
    p.put("device", "cpu");
    sidecar.ifPresent(s -> {
      p.put("sidecar", s.file().toAbsolutePath().toString());
      p.put("export", s.provenance().toString());
    });
    try {
      p.put("engine", OnnxRuntime.versions());
    } catch (BrainAlignException e) {
      p.put("engine", "unavailable: " + e.getMessage());
    }
    return p;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (model != null) {
      OnnxRuntime.call(() -> {
        model.close();
        return null;
      });
      model = null;
    }
  }
}
