package org.brainalign.plugins.resnet50.torchscript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.model.VisionModelProvider;
import org.brainalign.djl.vision.ExportSidecar;
import org.brainalign.djl.vision.ModelDevice;
import org.brainalign.djl.vision.ModelSettings;
import org.brainalign.plugins.resnet50.runtime.DjlRuntime;
import org.pf4j.Extension;

/**
 * {@code torchscript}: any TorchScript file whose {@code forward(x)} takes a normalised
 * {@code (n, 3, crop, crop)} batch and returns named activations, either a {@code Dict[str, Tensor]}
 * (names are the keys) or a tuple of tensors (named by the {@code names} option, else
 * {@code output0, output1, …}). Exporting one takes a few lines of Python:
 *
 * <pre>{@code
 * class Feats(torch.nn.Module):
 *     def __init__(self, m): super().__init__(); self.m = m
 *     def forward(self, x) -> Dict[str, torch.Tensor]:
 *         a = self.m.stem(x); b = self.m.block(a)
 *         return {"stem": a, "block": b}
 * torch.jit.script(Feats(model.eval())).save("feats.pt")
 * }</pre>
 *
 * The images go through the same torchvision ImageNet transform as {@code resnet50}.
 *
 * <p>A module written by {@code tools/export-model.py} comes with a sidecar ({@code model.pt.json},
 * {@link ExportSidecar}) that gives the layer names and shapes and the preprocessing, so
 * {@code torchscript:file=model.pt} needs no other option; an option that contradicts the sidecar
 * is refused (exit 2) naming both values.
 */
@Extension
public final class TorchScriptProvider implements VisionModelProvider {
  static final OptionSpec<Path> FILE =
      OptionSpec.path("file", null, "the TorchScript (.pt) file, saved by torch.jit.save");
  static final OptionSpec<String> NAMES = OptionSpec.string("names", "auto", "names of the "
      + "outputs in order, e.g. [stem,block]; auto uses dict keys, or output0, output1, ... for a "
      + "tuple");

  @Override
  public String id() {
    return "torchscript";
  }

  @Override
  public String description() {
    return "a TorchScript file whose forward returns a dict or tuple of named activations";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return ModelSettings.specs(FILE, NAMES);
  }

  @Override
  public VisionModel create(Options options) {
    Path file = options.get(FILE);
    if (!Files.isRegularFile(file)) {
      throw new InvalidOptionException("option 'file' of 'torchscript': expected an existing TorchScript "
          + "file, found '" + file + "' (no such file). Export one with torch.jit.script(m).save(path).");
    }
    String names = options.get(NAMES);
    List<String> given = names.equals("auto") ? List.of()
        : Arrays.stream(names.replace("[", "").replace("]", "").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
    Optional<ExportSidecar> sidecar = ExportSidecar.of(file);
    if (sidecar.isPresent() && !given.isEmpty()) {
      List<String> exported = sidecar.get().layers().stream().map(LayerInfo::name).toList();
      if (!given.equals(exported)) {
        throw new InvalidOptionException("option 'names' of 'torchscript': the model was exported with "
            + "the layers " + exported + " (sidecar " + sidecar.get().file() + "), found names=" + given
            + " on the command line. Leave 'names' out: the sidecar names the outputs.");
      }
    }
    DjlRuntime.requireDjl();
    ModelSettings settings = ModelSettings.of(options, sidecar, id());
    if (settings.device() == ModelDevice.GPU) {
      DjlRuntime.device(ModelDevice.GPU); // fail now, not after loading the module
    }
    return new TorchScriptModel(file, given, settings, sidecar);
  }
}
