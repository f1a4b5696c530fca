package org.brainalign.cli;

import org.brainalign.engine.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code brainalign} command. */
@Command(name = "brainalign",
    mixinStandardHelpOptions = true,
    versionProvider = BrainAlignCommand.Version.class,
    description = "High-dimensional alignment of neural networks and visual cortex.",
    subcommands = {DemoCommand.class, RunCommand.class, PlanCommand.class, MergeCommand.class,
        SlurmCommand.class, PluginsCommand.class, CompareCommand.class,
        ResponsesCommand.class,
        FeaturesCommand.class, LayersCommand.class, ReportCommand.class, FetchCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error (rerun with --debug)",
        "2:bad input or usage", "130:interrupted"})
public final class BrainAlignCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the brainalign, Java and library versions. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return Versions.all().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).toArray(String[]::new);
    }
  }
}
