package org.brainalign.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.brainalign.engine.Versions;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.identification.Identification;
import org.brainalign.plot.ChartFiles;
import org.brainalign.study.table.ScoreRow;

/**
 * Turns a finished study folder into figures and one self-contained HTML page.
 *
 * <p>Reads {@code DIR/spectra.csv}, {@code DIR/scores.csv} and {@code DIR/study.json}; writes
 * {@code DIR/plots/NAME.png} and {@code .svg} for every figure (the paper's Figures 1B, 2 and 3,
 * the metric comparison when there are several metrics, and the system identification when
 * {@code DIR/identification.csv} exists), the brain's reference spectra as grey lines on every
 * per-ROI spectrum plot and a "Reference spectra" section when {@code DIR/references.csv} or
 * reference rows of {@code scores.csv} exist ({@link References}),
 * {@code DIR/plots/metric-agreement.csv}
 * with several metrics, and {@code DIR/report.html} last. Every file is written atomically; figures
 * of an earlier render that no longer apply are removed from {@code plots/}.
 */
public final class StudyReport {
  /** The report page, relative to the study folder. */
  public static final String HTML = "report.html";
  /** The figure folder, relative to the study folder. */
  public static final String PLOTS = "plots";

  private StudyReport() {}

  /**
   * What {@link #render} wrote.
   *
   * @param figures number of figures
   * @param files every file written, the HTML page last
   * @param warnings the study's warnings (shown at the top of the page)
   */
  public record Rendered(int figures, List<Path> files, List<String> warnings) {
    public Path html() {
      return files.get(files.size() - 1);
    }
  }

  /**
   * Renders the plots and the report of a study folder.
   *
   * @param dir the {@code --out} folder of {@code brainalign run}
   * @throws org.brainalign.api.InvalidInputException if the folder lacks one of the three files
   * @throws org.brainalign.api.DataFormatException if a file is malformed
   */
  public static Rendered render(Path dir) {
    return render(dir, dir.resolve(StudyResults.STUDY));
  }

  /**
   * Renders the plots and the report of a study folder from a {@code study.json} not yet under its
   * name: a merge publishes it after the report, as the folder's completion marker.
   *
   * @param studyJson the study's {@code study.json}
   */
  public static Rendered render(Path dir, Path studyJson) {
    StudyResults results = StudyResults.read(dir, studyJson);
    StudyGrid grid = new StudyGrid(results);
    List<Section> sections = ReportSections.build(grid, results.identification());
    List<MetricAgreement.Row> agreement = grid.scoreMetrics().size() > 1
        ? MetricAgreement.rows(grid) : List.of();

    Path plots = dir.resolve(PLOTS);
    List<Path> written = new ArrayList<>();
    int figures = 0;
    for (Section s : sections) {
      for (Figure f : s.figures()) {
        Path png = plots.resolve(f.name() + ".png");
        Path svg = plots.resolve(f.name() + ".svg");
        ChartFiles.writePng(f.chart(), png, f.width(), f.height());
        ChartFiles.writeSvg(f.chart(), svg, f.width(), f.height());
        written.add(png);
        written.add(svg);
        figures++;
      }
    }
    if (!agreement.isEmpty()) {
      Path csv = plots.resolve("metric-agreement.csv");
      AtomicFiles.write(csv, MetricAgreement.csv(agreement).getBytes(StandardCharsets.UTF_8));
      written.add(csv);
    }
    removeStale(plots, written);
    String page = HtmlReport.render(results.study(), summary(results, grid), sections, agreement,
        ScoreTable.of(results.scores(), results.references()), "Rendered by brainalign "
            + Versions.all().getOrDefault("brainalign", "") + " from " + StudyResults.SPECTRA
            + ", " + StudyResults.SCORES
            + (results.identification().isEmpty() ? "" : ", " + Identification.FILE)
            + (results.references().isEmpty() ? " and " : ", " + ReferenceFile.FILE + " and ")
            + StudyResults.STUDY + " (re-render with: brainalign report DIR).");
    Path html = dir.resolve(HTML);
    AtomicFiles.write(html, page.getBytes(StandardCharsets.UTF_8));
    written.add(html);
    return new Rendered(figures, List.copyOf(written), results.study().warnings());
  }

  private static String summary(StudyResults results, StudyGrid grid) {
    Set<String> datasets = new LinkedHashSet<>();
    Set<String> models = new LinkedHashSet<>();
    Set<String> subjects = new LinkedHashSet<>();
    Set<String> layers = new LinkedHashSet<>();
    for (ScoreRow s : results.scores()) {
      datasets.add(s.cell().dataset());
      models.add(s.cell().model());
      subjects.add(s.cell().dataset() + "/" + s.cell().subject());
      layers.add(s.cell().model() + "/" + s.cell().layer());
    }
    for (CellSpectrum s : results.spectra()) {
      datasets.add(s.cell().dataset());
      models.add(s.cell().model());
      subjects.add(s.cell().dataset() + "/" + s.cell().subject());
      layers.add(s.cell().model() + "/" + s.cell().layer());
    }
    Set<String> metrics = new LinkedHashSet<>(grid.scoreMetrics());
    metrics.addAll(grid.spectrumMetrics());
    return "Dataset " + String.join(", ", datasets) + " · model " + String.join(", ", models)
        + " · " + BestLayerFigures.subjects(subjects.size()) + " · ROIs "
        + String.join(", ", grid.rois().stream().map(grid::label).toList()) + " · "
        + layers.size() + " layers · metrics " + String.join(", ", metrics);
  }

  private static void removeStale(Path plots, List<Path> written) {
    if (!Files.isDirectory(plots)) {
      return;
    }
    Set<Path> keep = new HashSet<>(written);
    try (Stream<Path> files = Files.list(plots)) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        boolean ours = n.endsWith(".png") || n.endsWith(".svg") || n.equals("metric-agreement.csv");
        if (ours && !keep.contains(p)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy " + plots, e);
    }
  }
}
