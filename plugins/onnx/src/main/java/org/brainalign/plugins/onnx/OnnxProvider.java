package org.brainalign.plugins.onnx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.model.VisionModelProvider;
import org.brainalign.djl.vision.ExportSidecar;
import org.brainalign.djl.vision.ModelDevice;
import org.brainalign.djl.vision.ModelSettings;
import org.pf4j.Extension;

/**
 * {@code onnx}: any ONNX graph that takes one normalised {@code (n, 3, crop, crop)} image batch,
 * run on DJL's ONNX Runtime engine (CPU). Every graph output is a layer, named by the output; each
 * must be 4-D {@code (n, channels, height, width)} or 2-D {@code (n, features)}. This opens
 * networks trained outside PyTorch (TensorFlow's tf2onnx, JAX's jax2onnx, ...).
 *
 * <p>{@code tools/export-model.py --format onnx} writes such a graph with a sidecar
 * ({@code model.onnx.json}, {@link ExportSidecar}) giving the layers and the preprocessing, so
 * {@code onnx:file=model.onnx} needs no other option; without a sidecar the preprocessing options
 * (torchvision's ImageNet transform by default) apply. An option that contradicts the sidecar is
 * refused (exit 2) naming both values.
 */
@Extension
public final class OnnxProvider implements VisionModelProvider {
  static final OptionSpec<Path> FILE = OptionSpec.path("file", null, "the ONNX (.onnx) file");

  @Override
  public String id() {
    return "onnx";
  }

  @Override
  public String description() {
    return "an ONNX graph on ONNX Runtime whose outputs (4-D or 2-D) are the layers";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return ModelSettings.specs(FILE);
  }

  @Override
  public VisionModel create(Options options) {
    Path file = options.get(FILE);
    if (!Files.isRegularFile(file)) {
      throw new InvalidOptionException("option 'file' of 'onnx': expected an existing ONNX file, found '"
          + file + "' (no such file). Export one with tools/export-model.py MODEL --format onnx.");
    }
    Optional<ExportSidecar> sidecar = ExportSidecar.of(file);
    ModelSettings settings = ModelSettings.of(options, sidecar, id());
    if (settings.device() == ModelDevice.GPU) {
      throw new InvalidOptionException("option 'device' of 'onnx': expected cpu, found gpu. brainalign "
          + "ships ONNX Runtime's CPU build; use device=cpu.");
    }
    OnnxRuntime.require();
    return new OnnxModel(file, settings, sidecar);
  }
}
