package org.brainalign.djl.vision;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.ActivationSink;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.support.digest.Sha256;

/**
 * A user's network file (an ONNX graph, a TorchScript module) run by a DJL engine, loaded on first
 * use. Its layers are its sidecar's when it has one (checked against the network's outputs when it
 * loads), else found by running one blank {@code (1, 3, crop, crop)} image through it: each output
 * becomes a layer with that output's per-image shape. What differs between engines (loading, naming
 * the outputs, the engine's thread) is left to the subclass.
 */
public abstract class NetworkFileModel implements VisionModel {
  private final String id;
  private final String device;
  /** The network file. */
  protected final Path file;
  /** Preprocessing, batching, threads and device. */
  protected final ModelSettings settings;
  /** The export's sidecar, when the file has one. */
  protected final Optional<ExportSidecar> sidecar;
  private ZooModel<NDList, NDList> model;
  private List<LayerInfo> layers;
  private boolean closed;

  /**
   * @param id the extension's id ({@code onnx}, {@code torchscript}): provenance, progress, messages
   * @param device the device the network runs on, for provenance
   */
  protected NetworkFileModel(String id, Path file, ModelSettings settings,
      Optional<ExportSidecar> sidecar, String device) {
    this.id = id;
    this.device = device;
    this.file = file;
    this.settings = settings;
    this.sidecar = sidecar;
  }

  /** Runs {@code work} where the engine may be used (its class loader, its thread). */
  protected abstract <T> T onEngine(Supplier<T> work);

  /** Loads the network, on the engine; a file that is not one fails with a DataFormatException. */
  protected abstract ZooModel<NDList, NDList> open();

  /** The network's outputs by layer name, in layer order. */
  protected abstract Map<String, NDArray> name(NDList out);

  /** The per-image shape of output {@code output}, given its shape for a batch of one. */
  protected abstract int[] perImage(String output, Shape shape);

  /** What a forward pass is, for messages ({@code "forward(x)"}). */
  protected abstract String forwardName();

  /** What the network must take and return, said when a forward pass fails. */
  protected abstract String forwardRequirement();

  /**
   * Loads the model {@code criteria} describe; any failure is a DataFormatException naming the file.
   *
   * @param format the format the file should be in ({@code ONNX})
   * @param remedy how to write such a file
   */
  protected final ZooModel<NDList, NDList> load(Criteria<NDList, NDList> criteria, String format,
      String remedy) {
    try {
      return criteria.loadModel();
    } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
      throw new DataFormatException(file, "cannot load as " + format + " (" + e.getMessage() + "). "
          + remedy, e);
    }
  }

  /** The engine's versions, for provenance; throws a BrainAlignException when it cannot start. */
  protected abstract String engineVersions();

  /** Work before the first batch of an extraction, on the engine (threads, say). */
  protected void beforeBatches(RunContext context) {}

  /** Work before the network loads, off the engine (reading the file's declared outputs, say). */
  protected void beforeLoad() {}

  @Override
  public synchronized List<LayerInfo> layers() {
    if (sidecar.isPresent()) {
      return sidecar.get().layers();
    }
    ensureLoaded();
    return layers;
  }

  @Override
  public void extract(ImageSource images, List<String> names, ActivationSink sink, RunContext context) {
    Set<String> wanted = LayerSelection.resolve(layers(), names).stream()
        .map(LayerInfo::name).collect(Collectors.toSet());
    ensureLoaded();
    int crop = settings.crop();
    onEngine(() -> {
      beforeBatches(context);
      try (Predictor<NDList, NDList> predictor = model.newPredictor()) {
        BatchLoop.run(images, settings.transform(), settings.batch(), context, id,
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

  private synchronized void ensureLoaded() {
    if (closed) {
      throw new IllegalStateException(id + " model is closed");
    }
    if (model != null) {
      return;
    }
    beforeLoad();
    onEngine(() -> {
      model = open();
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
      throw new DataFormatException(file, forwardName() + " failed on a (n, 3, " + settings.crop()
          + ", " + settings.crop() + ") batch: " + e.getMessage() + ". " + forwardRequirement(), e);
    }
  }

  /** The per-image dimensions of {@code shape}: all but the first (the batch of one). */
  protected static int[] afterBatch(Shape shape) {
    int[] dims = new int[shape.dimension() - 1];
    for (int i = 1; i < shape.dimension(); i++) {
      dims[i - 1] = Math.toIntExact(shape.get(i));
    }
    return dims;
  }

  @Override
  public synchronized Map<String, Object> provenance() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("model", id);
    p.put("file", file.toAbsolutePath().toString());
    p.put("sha256", Sha256.of(file));
    p.put("preprocessing", settings.transform().describe());
    p.put("resize", settings.resize());
    p.put("crop", settings.crop());
    p.put("resample", settings.resample().id());
    p.put("mean", Arrays.toString(settings.mean()));
    p.put("std", Arrays.toString(settings.std()));
    p.put("device", device);
    sidecar.ifPresent(s -> {
      p.put("sidecar", s.file().toAbsolutePath().toString());
      p.put("export", s.provenance().toString());
    });
    try {
      p.put("engine", engineVersions());
    } catch (BrainAlignException e) {
      p.put("engine", "unavailable: " + e.getMessage());
    }
    return p;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (model != null) {
      onEngine(() -> {
        model.close();
        return null;
      });
      model = null;
    }
  }
}
