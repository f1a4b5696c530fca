package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synthetic study rendered end to end: every figure, and a page that needs nothing else. */
class StudyReportTest {
  @TempDir
  Path dir;

  static final List<String> FIGURES = List.of(
      "fig1b-all-rois", "fig1b-early", "fig1b-late",
      "fig2-early-spectra", "fig2-early-heatmap", "fig2-late-spectra", "fig2-late-heatmap",
      "fig3-early-layer2-channel", "fig3-early-layer2-spatial",
      "fig3-late-layer2-channel", "fig3-late-layer2-spatial",
      "metrics-early", "metrics-late");

  @Test
  void everyFigureIsWrittenAsPngAndSvg() throws IOException {
    SyntheticStudy.write(dir);
    StudyReport.Rendered r = StudyReport.render(dir);

    assertThat(r.figures()).isEqualTo(FIGURES.size());
    List<String> expected = new ArrayList<>();
    for (String f : FIGURES) {
      expected.add(f + ".png");
      expected.add(f + ".svg");
    }
    expected.add("metric-agreement.csv");
    try (var files = Files.list(dir.resolve("plots"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    for (String f : FIGURES) {
      Path png = dir.resolve("plots/" + f + ".png");
      assertThat(Files.size(png)).as(f).isGreaterThan(5_000);
      byte[] head = Files.readAllBytes(png);
      assertThat(head[1]).as("PNG signature").isEqualTo((byte) 'P');
      assertThat(Files.readString(dir.resolve("plots/" + f + ".svg"))).startsWith("<?xml")
          .contains("<svg").contains("</svg>");
    }
    assertThat(r.html()).isEqualTo(dir.resolve("report.html"));
    assertThat(r.files()).last().isEqualTo(dir.resolve("report.html"));
  }

  @Test
  void pageIsSelfContainedWithOneInlineSvgPerFigure() throws IOException {
    SyntheticStudy.write(dir);
    StudyReport.render(dir);
    String html = Files.readString(dir.resolve("report.html"));

    assertThat(count(html, "<svg")).isEqualTo(FIGURES.size());
    for (String f : FIGURES) {
      assertThat(html).containsPattern("id=[\"']svg-" + f + "[\"']");
    }
    // Only in-page anchors: no resource or link leaves the page.
    Matcher refs = Pattern.compile("(?i)\\b(src|href|xlink:href|action|poster|data)\\s*=\\s*"
        + "[\"']?([^\"'\\s>]*)").matcher(html);
    while (refs.find()) {
      assertThat(refs.group(2)).as(refs.group()).startsWith("#");
    }
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("@import")
        .doesNotContainIgnoringCase("url(http").doesNotContainIgnoringCase("@font-face");
    // Clip paths are referenced by id: each chart's ids must be its own.
    Matcher ids = Pattern.compile("\\sid=[\"']([^\"']+)[\"']").matcher(html);
    List<String> seen = new ArrayList<>();
    while (ids.find()) {
      assertThat(seen).as("duplicate id").doesNotContain(ids.group(1));
      seen.add(ids.group(1));
    }
  }

  @Test
  void pageShowsWarningsStudyFileTablesAndProvenance() throws IOException {
    SyntheticStudy.write(dir);
    StudyReport.render(dir);
    String html = Files.readString(dir.resolve("report.html"));

    assertThat(html).contains("<title>synthetic-test")
        .contains("class=\"warnings\"").contains(SyntheticStudy.WARNING)
        .contains("# layers &lt;conv1 &amp; layer1..3&gt;")
        .contains("sparse-random-projection:axis=channel,dim=8")
        .contains("0.1.0-SNAPSHOT").contains("ab12cd").contains("total_seconds")
        .contains("2 subjects").contains("early, late")
        .contains("early: spectrum of layer1, the best of 4 layers by the mean correlation over "
            + "ranks 1–10 (0.2159; cross-decomposition shared_dimensionality 40);")
        .contains("<th>total_seconds</th><td>12.5</td>");
    assertThat(html.indexOf("class=\"warnings\"")).isLessThan(html.indexOf("<svg"));
    // 2 subjects × 2 ROIs × (4 layers × 2 metrics + 4 reduced cells) rows.
    assertThat(count(html, "<tr>")).isGreaterThanOrEqualTo(2 * 2 * (4 * 2 + 4));
    assertThat(html).contains("<td class=\"num\">0.400</td>")
        .contains("<td class=\"num\">1.000</td>");
  }

  @Test
  void rerenderRemovesFiguresThatNoLongerApply() throws IOException {
    SyntheticStudy.write(dir);
    Files.createDirectories(dir.resolve("plots"));
    Files.writeString(dir.resolve("plots/fig1b-old-roi.png"), "stale");
    Files.writeString(dir.resolve("plots/notes.txt"), "mine");
    StudyReport.render(dir);
    assertThat(dir.resolve("plots/fig1b-old-roi.png")).doesNotExist();
    assertThat(dir.resolve("plots/notes.txt")).exists();
    try (var files = Files.list(dir.resolve("plots"))) {
      assertThat(files.map(Path::toString)).noneMatch(n -> n.endsWith(".partial"));
    }
  }

  @Test
  void oneMetricWithoutSweepsGivesFig1bAndFig2Only() throws IOException {
    SyntheticStudy.write(dir);
    keepLines(dir.resolve("spectra.csv"), l -> !l.contains("sparse-random-projection"));
    keepLines(dir.resolve("scores.csv"), l -> !l.contains(",rsa,"));
    StudyReport.Rendered r = StudyReport.render(dir);
    assertThat(r.figures()).isEqualTo(7);
    assertThat(dir.resolve("plots/metric-agreement.csv")).doesNotExist();
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(count(html, "<svg")).isEqualTo(7);
    assertThat(html).doesNotContain("id=\"agreement\"");
  }

  @Test
  void scoresWithoutSpectraGiveTheMetricComparisonOnly() throws IOException {
    SyntheticStudy.write(dir);
    keepLines(dir.resolve("spectra.csv"), l -> false);
    StudyReport.Rendered r = StudyReport.render(dir);
    assertThat(r.figures()).isEqualTo(2);
    assertThat(dir.resolve("plots/metrics-early.png")).isNotEmptyFile();
    assertThat(count(Files.readString(r.html()), "<svg")).isEqualTo(2);
  }

  @Test
  void namesWithMarkupCharactersGiveWellFormedSvgAndEscapedHtml() throws Exception {
    SyntheticStudy.write(dir);
    for (String f : List.of("spectra.csv", "scores.csv")) {
      Path p = dir.resolve(f);
      Files.writeString(p, Files.readString(p).replace(",early,", ",\"V1&V2 <v>\","));
    }
    StudyReport.render(dir);
    javax.xml.parsers.DocumentBuilderFactory xml =
        javax.xml.parsers.DocumentBuilderFactory.newInstance();
    // The SVG files name a DTD by URL: never fetch it.
    xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try (var files = Files.list(dir.resolve("plots"))) {
      for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
        assertThat(xml.newDocumentBuilder().parse(svg.toFile()).getDocumentElement()
            .getNodeName()).as(svg.toString()).isEqualTo("svg");
      }
    }
    assertThat(dir.resolve("plots/fig1b-v1-v2-v.png")).isNotEmptyFile();
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("V1&amp;V2 &lt;v&gt;").doesNotContain("V1&V2 <v>");
  }

  static void keepLines(Path file, java.util.function.Predicate<String> keep) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    lines.subList(1, lines.size()).stream().filter(keep).forEach(out::add);
    Files.write(file, out);
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
