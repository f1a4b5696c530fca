package org.brainalign.plugins.resnet50;

import java.util.List;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.model.VisionModelProvider;
import org.brainalign.djl.vision.ModelDevice;
import org.brainalign.djl.vision.ModelSettings;
import org.brainalign.plugins.resnet50.network.ResNet50Layout;
import org.brainalign.plugins.resnet50.ort.OrtRuntime;
import org.brainalign.plugins.resnet50.runtime.DjlRuntime;
import org.brainalign.plugins.resnet50.weights.WeightsSpec;
import org.pf4j.Extension;

/**
 * {@code resnet50}: torchvision's ResNet50 (He et al. 2016) on ONNX Runtime or DJL/PyTorch, giving every module path as a
 * layer ({@code conv1 bn1 relu maxpool}, blocks {@code layer1.0 … layer4.2}, stages
 * {@code layer1 … layer4}, {@code avgpool}, {@code fc}) after torchvision's ImageNet evaluation
 * transform. Activations are flattened in torch's (C, H, W) order.
 */
@Extension
public final class ResNet50Provider implements VisionModelProvider {
  static final OptionSpec<String> WEIGHTS = OptionSpec.string("weights", WeightsSpec.IMAGENET,
      "imagenet (torchvision IMAGENET1K_V1, downloaded once), random:SEED, or a .safetensors file "
          + "with torchvision key names");
  static final OptionSpec<ResNet50Engine> ENGINE = OptionSpec.choice("engine",
      ResNet50Engine.ONNXRUNTIME, "onnxruntime: ONNX Runtime's CPU kernels (the fastest here); "
          + "libtorch: DJL's libtorch operators, the one engine for device=gpu (taken when device=gpu "
          + "and no engine is given)");

  @Override
  public String id() {
    return "resnet50";
  }

  @Override
  public String description() {
    return "torchvision ResNet50 on ONNX Runtime or DJL/PyTorch: every module path (conv1 … layer4.2, avgpool, fc) "
        + "as a layer";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return ModelSettings.specs(WEIGHTS, ENGINE);
  }

  @Override
  public VisionModel create(Options options) {
    ModelSettings settings = ModelSettings.of(options);
    if (settings.crop() < ResNet50Layout.MIN_CROP) {
      throw new InvalidOptionException("option 'crop' of 'resnet50': expected at least "
          + ResNet50Layout.MIN_CROP + " pixels (layer4 divides the side by 32), found "
          + settings.crop() + ". torchvision uses crop=224.");
    }
    WeightsSpec weights = WeightsSpec.parse(options.get(WEIGHTS));
    ResNet50Engine engine = options.get(ENGINE);
    if (settings.device() == ModelDevice.GPU) {
      if (options.isGiven(ENGINE) && engine == ResNet50Engine.ONNXRUNTIME) {
        throw new InvalidOptionException("options 'engine' and 'device' of 'resnet50': engine="
            + "onnxruntime runs on the CPU only, found device=gpu. Use engine=libtorch (or leave "
            + "'engine' out) for the GPU, or device=cpu.");
      }
      engine = ResNet50Engine.LIBTORCH;
    }
    if (engine == ResNet50Engine.ONNXRUNTIME) {
      OrtRuntime.require();
    } else {
      DjlRuntime.requireDjl();
      if (settings.device() == ModelDevice.GPU) {
        DjlRuntime.device(ModelDevice.GPU); // fail now, not after the weights are read
      }
    }
    return new ResNet50Model(settings, weights, engine);
  }
}
