package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "System identification" section from a known {@code identification.csv}
 * ({@link SyntheticStudy#writeIdentification}): shown only with the file; its rate, reliability and
 * images figures; its mean-rank table with the expected numbers.
 */
class IdentificationReportTest {
  @TempDir
  Path dir;

  @Test
  void theSectionRendersWithItsFiguresAndTable() throws IOException {
    SyntheticStudy.write(dir);
    SyntheticStudy.writeIdentification(dir);
    StudyReport.Rendered r = StudyReport.render(dir);
    assertThat(r.figures()).isEqualTo(StudyReportTest.FIGURES.size() + 3);
    for (String f : new String[] {"identification-rate", "identification-by-reliability",
        "identification-by-images"}) {
      assertThat(dir.resolve("plots/" + f + ".svg")).as(f).exists();
      assertThat(Files.size(dir.resolve("plots/" + f + ".png"))).as(f).isGreaterThan(5_000);
    }
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("<section id=\"identification\"><h2>System identification</h2>")
        .contains("href=\"#identification\"").contains("<svg id='svg-identification-rate'")
        .contains("identification.csv and study.json (re-render")
        // cross-decomposition: ranks 2, 1, 1, 1 over the four subjects; rsa: 3, 3, 1, 1
        .contains("<td>1.25 (3/4)</td>").contains("<td>2.00 (2/4)</td>")
        // late's true layer is not in the study: no rank, said in the text
        .contains("<td>n/a</td>").contains("In 8 rows the true layer is not among the layers of the study");
    String sectionOnly = html.substring(html.indexOf("<section id=\"identification\">"));
    assertThat(sectionOnly.substring(0, sectionOnly.indexOf("</section>")))
        .contains("early (local layer1)");
  }

  @Test
  void noFileNoSection() throws IOException {
    SyntheticStudy.write(dir);
    StudyReport.render(dir);
    assertThat(Files.readString(dir.resolve("report.html"))).doesNotContain("System identification")
        .doesNotContain("identification.csv");
  }

  @Test
  void bestLayerSectionSaysItsCriterion() throws IOException {
    SyntheticStudy.write(dir);
    StudyReport.render(dir);
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("the highest mean correlation over ranks 1–10")
        .contains("the best of 4 layers by the mean correlation over ranks 1–10");
  }
}
