package org.brainalign.plugins.resnet50;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brainalign.api.model.ActivationSink;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.djl.vision.BatchLoop;
import org.brainalign.djl.vision.LayerSelection;
import org.brainalign.djl.vision.ModelSettings;
import org.brainalign.djl.vision.preprocess.ImageNetTransform;
import org.brainalign.plugins.resnet50.network.ResNet50Layout;
import org.brainalign.plugins.resnet50.network.ResNet50Network;
import org.brainalign.plugins.resnet50.ort.OrtNetwork;
import org.brainalign.plugins.resnet50.ort.OrtRuntime;
import org.brainalign.plugins.resnet50.runtime.DjlRuntime;
import org.brainalign.plugins.resnet50.weights.Weights;
import org.brainalign.plugins.resnet50.weights.WeightsSpec;

/**
 * ResNet50 with torchvision's layer names. The weights are read (or downloaded, or drawn) and copied
 * to the device on the first {@link #extract} or {@link #provenance}, so creating the model is cheap.
 */
final class ResNet50Model implements VisionModel {
  private final ModelSettings settings;
  private final WeightsSpec weights;
  private final List<LayerInfo> layers;
  private Map<String, Object> weightsProvenance;
  private final ResNet50Engine engine;
  private ResNet50Network network;
  private OrtNetwork ort;
  private boolean closed;

  ResNet50Model(ModelSettings settings, WeightsSpec weights, ResNet50Engine engine) {
    this.settings = settings;
    this.weights = weights;
    this.engine = engine;
    this.layers = ResNet50Layout.layers(settings.crop());
  }

  @Override
  public List<LayerInfo> layers() {
    return layers;
  }

  @Override
  public void extract(ImageSource images, List<String> names, ActivationSink sink, RunContext context) {
    Set<String> wanted = LayerSelection.resolve(layers, names).stream()
        .map(LayerInfo::name).collect(Collectors.toSet());
    ImageNetTransform transform = settings.transform();
    int crop = settings.crop();
    if (engine == ResNet50Engine.ONNXRUNTIME) {
      OrtNetwork net = ortNetwork(context);
      int threads = settings.threadsFor(context.threads());
      BatchLoop.run(images, transform, settings.batch(), context, "resnet50", (first, count, px) ->
          net.forward(px, count, wanted, threads, (layer, a) -> sink.accept(layer, first, count, a)));
      return;
    }
    ResNet50Network net = network(context);
    DjlRuntime.run(() -> {
      DjlRuntime.threads(settings.threadsFor(context.threads()));
      BatchLoop.run(images, transform, settings.batch(), context, "resnet50", (first, count, px) -> {
        try (NDManager batch = net.manager().newSubManager()) {
          NDArray x = batch.create(px, new Shape(count, 3, crop, crop));
          net.forward(x, wanted, (layer, a) -> sink.accept(layer, first, count, a.toFloatArray()));
        }
      });
    });
  }

  private synchronized OrtNetwork ortNetwork(RunContext context) {
    if (ort == null) {
      ort = OrtNetwork.load(loadWeights(context), settings.crop());
    }
    return ort;
  }

  private synchronized ResNet50Network network(RunContext context) {
    if (network == null) {
      Weights w = loadWeights(context);
      network = DjlRuntime.call(() -> {
        DjlRuntime.pytorch();
        return ResNet50Network.load(w, DjlRuntime.device(settings.device()));
      });
    }
    return network;
  }

  /** Reads (or downloads, or draws) the weights, once per engine network. */
  private Weights loadWeights(RunContext context) {
    if (closed) {
      throw new IllegalStateException("resnet50 model is closed");
    }
    Weights w = weights.load(ResNet50Layout.parameters(), context);
    weightsProvenance = w.provenance();
    return w;
  }

  @Override
  public synchronized Map<String, Object> provenance() {
    if (engine == ResNet50Engine.ONNXRUNTIME) {
      ortNetwork(RunContext.quiet(1));
    } else {
      network(RunContext.quiet(1));
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("model", "resnet50");
    p.put("architecture", "torchvision ResNet50 (v1.5), evaluation mode");
    p.putAll(weightsProvenance);
    p.put("preprocessing", settings.transform().describe());
    p.put("resize", settings.resize());
    p.put("crop", settings.crop());
    p.put("resample", settings.resample().id());
    p.put("batch", settings.batch());
    p.put("device", settings.device().id());
    p.put("runtime", engine.id());
    p.put("engine", engine == ResNet50Engine.ONNXRUNTIME ? OrtRuntime.version() : DjlRuntime.versions());
    return p;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (network != null) {
      DjlRuntime.run(network::close);
      network = null;
    }
    if (ort != null) {
      ort.close();
      ort = null;
    }
  }
}
