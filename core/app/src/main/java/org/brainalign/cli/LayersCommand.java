package org.brainalign.cli;

import java.io.PrintWriter;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.engine.plugins.ExtensionRegistry;
import org.brainalign.engine.plugins.PluginHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brainalign layers}: a model's layer names with their activation shapes. */
@Command(name = "layers", mixinStandardHelpOptions = true,
    description = "List a vision model's layers, in depth order, with the shape of one image's "
        + "activation (C×H×W) and its number of values.")
final class LayersCommand extends HostCommand {

  @Option(names = "--model", required = true, paramLabel = "ID[:key=value,...]",
      description = "Model and options, e.g. resnet50 or resnet50:crop=112 (shapes depend on crop).")
  String model;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (PluginHost plugins = host.loadPlugins()) {
      ExtensionRegistry.Resolved<VisionModel> m =
          plugins.registry().create(ExtensionKind.MODEL, model);
      try (VisionModel vision = m.extension()) {
        out.printf("%-12s %-16s %s%n", "layer", "shape", "values");
        for (LayerInfo l : vision.layers()) {
          StringBuilder shape = new StringBuilder();
          for (int d : l.shape()) {
            shape.append(shape.isEmpty() ? "" : "×").append(d);
          }
          out.printf("%-12s %-16s %d%n", l.name(), shape, l.size());
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
