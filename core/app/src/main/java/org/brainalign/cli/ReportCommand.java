package org.brainalign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brainalign.report.StudyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code brainalign report DIR}: re-renders a finished study's plots and HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Re-render the plots (DIR/plots/*.png, *.svg) and the self-contained page "
        + "DIR/report.html of a finished study from DIR/spectra.csv, DIR/scores.csv and "
        + "DIR/study.json (and DIR/identification.csv where the study has one).",
        "Figures: best layer per ROI (paper Fig. 1B), all layers by depth with a rank-bin heat "
            + "map (Fig. 2), channel vs spatial reduction sweeps (Fig. 3), with several "
            + "metrics their layer preferences and Spearman agreement, and with known answers "
            + "(surrogate) the system identification."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR",
      description = "The --out folder of `brainalign run`.")
  Path dir;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--debug", description = "Show stack traces for errors.")
  boolean debug;

  @Override
  public Integer call() {
    StudyReport.Rendered r = StudyReport.render(dir);
    PrintWriter err = spec.commandLine().getErr();
    for (String w : r.warnings()) {
      err.println("warning: " + w);
    }
    err.flush();
    if (!quiet) {
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%d figures in %s, report %s%n", r.figures(),
          dir.resolve(StudyReport.PLOTS), r.html());
      out.flush();
    }
    return ExitCodes.OK;
  }
}
