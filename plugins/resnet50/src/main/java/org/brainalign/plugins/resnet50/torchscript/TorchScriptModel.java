package org.brainalign.plugins.resnet50.torchscript;

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
import org.brainalign.api.InvalidInputException;
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
import org.brainalign.plugins.resnet50.runtime.DjlRuntime;
import org.brainalign.support.digest.Sha256;

/**
 * A user's TorchScript module, loaded on first use. Its layers are its sidecar's when it has one
 * (checked against the module's outputs when it loads), else discovered by running one blank image
 * through it: each output becomes a layer with that output's per-image shape.
 */
final class TorchScriptModel implements VisionModel {
  private final Path file;
  private final List<String> givenNames;
  private final ModelSettings settings;
  private final Optional<ExportSidecar> sidecar;
  private ZooModel<NDList, NDList> model;
  private List<LayerInfo> layers;
  private boolean closed;

  TorchScriptModel(Path file, List<String> givenNames, ModelSettings settings,
      Optional<ExportSidecar> sidecar) {
    this.file = file;
    this.givenNames = sidecar.map(s -> s.layers().stream().map(LayerInfo::name).toList())
        .orElse(List.copyOf(givenNames));
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
    DjlRuntime.run(() -> {
      DjlRuntime.threads(settings.threadsFor(context.threads()));
      try (Predictor<NDList, NDList> predictor = model.newPredictor()) {
        BatchLoop.run(images, settings.transform(), settings.batch(), context, "torchscript",
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
    });
  }

  private synchronized void load() {
    if (closed) {
      throw new IllegalStateException("torchscript model is closed");
    }
    if (model != null) {
      return;
    }
    DjlRuntime.run(() -> {
      DjlRuntime.pytorch();
      Criteria<NDList, NDList> criteria = Criteria.builder()
          .setTypes(NDList.class, NDList.class)
          .optModelPath(file)
          .optEngine(DjlRuntime.ENGINE)
          .optDevice(DjlRuntime.device(settings.device()))
          .optOption("mapLocation", "true")
          .optTranslator(new NoopTranslator())
          .build();
      try {
        model = criteria.loadModel();
      } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
        throw new DataFormatException(file, "cannot load as TorchScript (" + e.getMessage() + "). "
            + "Save the module with torch.jit.script(m).save(path) or torch.jit.trace(m, x).save(path).", e);
      }
      int crop = settings.crop();
      try (Predictor<NDList, NDList> predictor = model.newPredictor();
          NDManager probe = model.getNDManager().newSubManager()) {
        NDList out = predict(predictor, probe.zeros(new Shape(1, 3, crop, crop)));
        List<LayerInfo> found = new ArrayList<>();
        name(out).forEach((n, a) -> found.add(new LayerInfo(n, perImage(a.getShape()))));
        layers = List.copyOf(found);
        out.close();
        sidecar.ifPresent(s -> SidecarCheck.outputs(s, layers, file));
      }
    });
  }

  private NDList predict(Predictor<NDList, NDList> predictor, NDArray x) {
    try {
      return predictor.predict(new NDList(x));
    } catch (TranslateException | RuntimeException e) {
      throw new DataFormatException(file, "forward(x) failed on a (n, 3, " + settings.crop() + ", "
          + settings.crop() + ") batch: " + e.getMessage() + ". The module must take one normalised "
          + "image batch and return a dict or tuple of tensors.", e);
    }
  }

  /** Outputs by name in layer order: dict keys (sorted, or in the order of {@code names}) or tuple. */
  private Map<String, NDArray> name(NDList out) {
    boolean dict = out.stream().allMatch(a -> a.getName() != null && !a.getName().isEmpty());
    Map<String, NDArray> named = new LinkedHashMap<>();
    if (dict) {
      List<String> order = givenNames.isEmpty()
          ? out.stream().map(NDArray::getName).sorted().toList() : givenNames;
      for (String n : order) {
        NDArray a = out.get(n);
        if (a == null && sidecar.isPresent()) {
          throw new DataFormatException(file, "the module returns no '" + n + "', which its sidecar "
              + sidecar.get().file() + " lists; it returns " + out.stream().map(NDArray::getName)
              .sorted().toList() + ". Export the module and its sidecar together again.");
        }
        if (a == null) {
          throw InvalidInputException.of("option 'names' of 'torchscript'", "keys of the returned dict",
              "'" + n + "' is not one; the keys are " + out.stream().map(NDArray::getName).sorted().toList(),
              "Fix the names or leave them out.");
        }
        named.put(n, a);
      }
    } else {
      if (!givenNames.isEmpty() && givenNames.size() != out.size()) {
        throw InvalidInputException.of("option 'names' of 'torchscript'",
            "one name per returned tensor (" + out.size() + ")", givenNames.size() + " names",
            "Give exactly " + out.size() + " names, in the order forward returns them.");
      }
      for (int i = 0; i < out.size(); i++) {
        named.put(givenNames.isEmpty() ? "output" + i : givenNames.get(i), out.get(i));
      }
    }
    return named;
  }

  private int[] perImage(Shape shape) {
    if (shape.dimension() < 1 || shape.get(0) != 1) {
      throw new DataFormatException(file, "every output must have the batch as its first axis, found "
          + shape + " for a batch of 1");
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
    p.put("model", "torchscript");
    p.put("file", file.toAbsolutePath().toString());
    p.put("sha256", Sha256.of(file));
    p.put("preprocessing", settings.transform().describe());
    p.put("resize", settings.resize());
    p.put("crop", settings.crop());
    p.put("resample", settings.resample().id());
    p.put("mean", Arrays.toString(settings.mean()));
    p.put("std", Arrays.toString(settings.std()));
    p.put("device", settings.device().id());
    sidecar.ifPresent(s -> {
      p.put("sidecar", s.file().toAbsolutePath().toString());
      p.put("export", s.provenance().toString());
    });
    try {
      p.put("engine", DjlRuntime.versions());
    } catch (BrainAlignException e) {
      p.put("engine", "unavailable: " + e.getMessage());
    }
    return p;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (model != null) {
      DjlRuntime.run(model::close);
      model = null;
    }
  }
}
