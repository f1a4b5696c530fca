package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.brainalign.api.DataFormatException;
import org.brainalign.plot.SymLog;
import org.brainalign.study.table.ScoreRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brain's reference spectra in the report ({@code references.csv} and the
 * {@code model = reference} rows of {@code scores.csv}): grey lines on the spectrum plots, the
 * ratio in the tables, and the existing figures unchanged by the reference rows.
 */
class ReferenceReportTest {
  static final ResultCell.Roi EARLY = new ResultCell.Roi("synthetic", "early");
  static final ResultCell.Roi LATE = new ResultCell.Roi("synthetic", "late");

  @TempDir
  Path dir;

  @Test
  void referenceRowsOfScoresLeaveTheExistingFiguresAndTablesAsTheyWere() throws IOException {
    Path plain = SyntheticStudy.write(dir.resolve("plain"));
    Path refs = SyntheticStudy.write(dir.resolve("refs"));
    SyntheticStudy.writeReferences(refs, false);
    StudyReport.Rendered a = StudyReport.render(plain);
    StudyReport.Rendered b = StudyReport.render(refs);

    assertThat(b.figures()).isEqualTo(a.figures());
    Map<String, String> before = files(plain.resolve("plots"));
    Map<String, String> after = files(refs.resolve("plots"));
    assertThat(after.keySet()).isEqualTo(before.keySet());
    assertThat(before.keySet().stream().filter(n -> !before.get(n).equals(after.get(n))))
        .as("figures that differ").isEmpty();
    StudyResults ra = StudyResults.read(plain);
    StudyResults rb = StudyResults.read(refs);
    assertThat(rb.scores()).isEqualTo(ra.scores());
    assertThat(rb.scores().stream().map(ScoreRow.TABLE::fields).toList())
        .isEqualTo(ra.scores().stream().map(ScoreRow.TABLE::fields).toList());
    assertThat(rb.references().all()).hasSize(6);
    // The score table keeps every column of scores.csv, with the reference's three beside.
    TextTable ta = ScoreTable.of(ra.scores(), ra.references());
    TextTable tb = ScoreTable.of(rb.scores(), rb.references());
    int at = ta.header().indexOf("shared_dimensionality") + 1;
    List<String> header = new ArrayList<>(tb.header());
    header.subList(at, at + 3).clear();
    assertThat(header).isEqualTo(ta.header());
    for (int i = 0; i < ta.rows().size(); i++) {
      List<String> row = new ArrayList<>(tb.rows().get(i));
      row.subList(at, at + 3).clear();
      assertThat(row).isEqualTo(ta.rows().get(i));
    }
    String html = Files.readString(plain.resolve("report.html"));
    assertThat(html).doesNotContain("Reference spectra").doesNotContain("reference_shared");
    assertThat(Files.readString(refs.resolve("report.html"))).contains("Reference spectra");
  }

  @Test
  void everySpectrumPlotOfAnRoiDrawsItsReferencesInGrey() throws IOException {
    SyntheticStudy.write(dir);
    SyntheticStudy.writeReferences(dir, true);
    StudyGrid grid = new StudyGrid(StudyResults.read(dir));
    Map<String, Figure> figures = new TreeMap<>();
    ReportSections.build(grid, List.of()).forEach(s -> s.figures()
        .forEach(f -> figures.put(f.name(), f)));
    List<String> perRoi = figures.keySet().stream().filter(n -> n.equals("fig1b-early")
        || n.equals("fig1b-late") || n.endsWith("-spectra") || n.startsWith("fig3-")).toList();
    assertThat(perRoi).hasSize(2 + 2 + 4);
    for (String name : perRoi) {
      JFreeChart chart = figures.get(name).chart();
      XYDataset lines = chart.getXYPlot().getDataset(3);
      assertThat(lines).as(name).isNotNull();
      assertThat(lines.getSeriesCount()).as(name).isEqualTo(2);
      assertThat(lines.getSeriesKey(0)).isEqualTo("within-subject reference (2 subjects)");
      assertThat(lines.getSeriesKey(1)).isEqualTo("between-subject reference (1 pair)");
      // Rank 1 of the ROI's within-subject reference: the mean of 0.8 and 0.84 over subjects.
      assertThat(lines.getYValue(0, 0)).isCloseTo(SymLog.forward(0.82), within(1e-9));
      assertThat(lines.getYValue(1, 0)).isCloseTo(SymLog.forward(0.6), within(1e-9));
      assertThat(chart.getXYPlot().getDataset(4).getYValue(0, 0))
          .isCloseTo(SymLog.forward(SyntheticStudy.REFERENCE_NULL), within(1e-12));
      List<String> legend = new ArrayList<>();
      LegendItemCollection items = chart.getXYPlot().getLegendItems();
      for (int i = 0; i < items.getItemCount(); i++) {
        legend.add(items.get(i).getLabel());
      }
      assertThat(legend).as(name).contains("within-subject reference (2 subjects)",
          "between-subject reference (1 pair)");
      assertThat(figures.get(name).caption()).contains("Grey: the brain's own spectrum");
    }
    // The overview of all ROIs has no single ROI's reference.
    assertThat(figures.get("fig1b-all-rois").chart().getXYPlot().getDataset(3)).isNull();
  }

  @Test
  void tablesSetTheModelsSharedDimensionalityBesideTheReference() throws IOException {
    SyntheticStudy.write(dir);
    SyntheticStudy.writeReferences(dir, true);
    StudyResults results = StudyResults.read(dir);
    StudyGrid grid = new StudyGrid(results);

    TextTable best = ReferenceTables.bestLayers(grid, "cross-decomposition");
    assertThat(best.rows()).containsExactly(
        List.of("early", "layer1", "40", "within-subject (2 subjects)", "60", "0.67"),
        List.of("late", "layer3", "45", "within-subject (2 subjects)", "30", "1.50"));

    TextTable scores = ScoreTable.of(results.scores(), results.references());
    int sd = scores.header().indexOf("shared_dimensionality");
    assertThat(scores.header().subList(sd + 1, sd + 4)).containsExactly("reference",
        "reference_shared_dimensionality", "ratio_to_reference");
    List<String> cd = row(scores, "subj02", "late", "conv1", "cross-decomposition");
    assertThat(cd.subList(sd, sd + 4)).containsExactly("5.0", "within-subject", "30", "0.17");
    List<String> rsa = row(scores, "subj02", "late", "conv1", "rsa");
    assertThat(rsa.subList(sd, sd + 4)).containsExactly("", "", "", "");

    Section section = ReferenceTables.section(grid);
    assertThat(section.title()).isEqualTo("Reference spectra");
    assertThat(section.text()).contains("first presentation").contains("between-subject");
    assertThat(section.tables().get(0).header()).containsExactly("ROI", "kind", "subject(s)",
        "n_stimuli", "shared dimensionality", "rank-1 correlation");
    assertThat(section.tables().get(0).rows()).containsExactly(
        List.of("early", "within-subject", "subj01", "100", "60", "0.8"),
        List.of("early", "within-subject", "subj02", "100", "60", "0.84"),
        List.of("early", "between-subject", "subj01, subj02", "100", "50", "0.6"),
        List.of("late", "within-subject", "subj01", "100", "30", "0.8"),
        List.of("late", "within-subject", "subj02", "100", "30", "0.84"),
        List.of("late", "between-subject", "subj01, subj02", "100", "20", "0.6"));

    StudyReport.render(dir);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("<h2>Reference spectra</h2>").contains("href=\"#references\"")
        .contains("<td class=\"num\">0.67</td>").contains("<td class=\"num\">1.50</td>")
        .contains("references.csv");
  }

  /** Without reference rows in scores.csv, the numbers come from references.csv itself. */
  @Test
  void referencesCsvAloneGivesTheSharedDimensionalityFromItsReliableColumn() throws IOException {
    SyntheticStudy.write(dir);
    String scores = Files.readString(dir.resolve("scores.csv"));
    SyntheticStudy.writeReferences(dir, true);
    Files.writeString(dir.resolve("scores.csv"), scores);
    References refs = StudyResults.read(dir).references();
    assertThat(refs.all()).hasSize(6);
    Reference r = refs.of(LATE, Reference.BETWEEN).get(0);
    assertThat(r.subjects()).containsExactly("subj01", "subj02");
    assertThat(r.label()).isEqualTo("subj01+subj02");
    assertThat(r.sharedDimensionality()).isEqualTo(20);
    assertThat(r.correlationRank1()).isCloseTo(0.6, within(1e-12));
    assertThat(r.nStimuli()).isNaN();
    assertThat(refs.forSubject(EARLY, "subj02")).isEqualTo(
        new References.Match(Reference.WITHIN, 60, 1));
    MeanSpectrum mean = refs.spectrum(EARLY, Reference.WITHIN);
    assertThat(mean.subjects()).isEqualTo(2);
    assertThat(mean.mean()[0]).isCloseTo(0.82, within(1e-12));
  }

  @Test
  void aStudyWithOnlyBetweenSubjectReferencesSetsEachSubjectAgainstItsPairs() throws IOException {
    SyntheticStudy.write(dir);
    SyntheticStudy.writeReferences(dir, true);
    Path file = dir.resolve("references.csv");
    Files.writeString(file, String.join("\n", Files.readAllLines(file).stream()
        .filter(l -> !l.contains("within-subject")).toList()) + "\n");
    References refs = StudyResults.read(dir).references();
    // scores.csv still names the within-subject ones; drop them to test the fallback alone.
    assertThat(refs.forSubject(EARLY, "subj01").kind()).isEqualTo(Reference.WITHIN);
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, String.join("\n", Files.readAllLines(scores).stream()
        .filter(l -> !l.contains("within-subject")).toList()) + "\n");
    refs = StudyResults.read(dir).references();
    assertThat(refs.forSubject(EARLY, "subj02")).isEqualTo(
        new References.Match(Reference.BETWEEN, 50, 1));
    assertThat(ReferenceSeries.of(new StudyGrid(StudyResults.read(dir)), EARLY))
        .singleElement().satisfies(s -> assertThat(s.dashed()).isTrue());
  }

  @Test
  void aBrokenReferencesFileIsExplained() throws IOException {
    SyntheticStudy.write(dir);
    SyntheticStudy.writeReferences(dir, true);
    Path file = dir.resolve("references.csv");
    List<String> good = Files.readAllLines(file);

    List<String> kind = new ArrayList<>(good);
    kind.set(1, kind.get(1).replace("within-subject", "within"));
    Files.write(file, kind);
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("references.csv").hasMessageContaining("line 2")
        .hasMessageContaining("within-subject with subject_b empty");

    List<String> pair = new ArrayList<>(good);
    pair.set(1, pair.get(1).replace("subj01,,", "subj01,subj02,"));
    Files.write(file, pair);
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("line 2").hasMessageContaining("subj02");

    List<String> ranks = new ArrayList<>(good);
    ranks.remove(3);
    Files.write(file, ranks);
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("line 4, column rank").hasMessageContaining("expected rank 3 of "
            + "the within-subject reference of subj01 in early")
        .hasMessageContaining("found \"4\"");

    Files.writeString(file, "dataset,subject,roi,kind,rank,correlation\n");
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("references.csv").hasMessageContaining("subject_b");

    Files.write(file, good);
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, Files.readString(scores).replace(",reference,between-subject,",
        ",reference,between,"));
    assertThatThrownBy(() -> StudyResults.read(dir)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("scores.csv").hasMessageContaining("column layer")
        .hasMessageContaining("within-subject or between-subject");
  }

  private static List<String> row(TextTable t, String subject, String roi, String layer,
      String metric) {
    return t.rows().stream().filter(r -> r.get(1).equals(subject) && r.get(2).equals(roi)
        && r.get(4).equals(layer) && r.get(9).equals(metric)).findFirst().orElseThrow();
  }

  /**
   * Every file under {@code dir} by name, with its bytes as text; in SVG files JFreeSVG's
   * per-drawing id prefix ({@code "_" + System.nanoTime()}) is replaced by {@code _ID}.
   */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        out.put(name, name.endsWith(".svg") ? text.replaceAll("_\\d{6,}", "_ID") : text);
      }
    }
    return out;
  }
}
