package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deep model (ResNet50 has 16 blocks): one subject, one ROI, 12 layers, one metric, and a
 * {@code study.json} with nothing but a name.
 */
class DepthFiguresTest {
  @TempDir
  Path dir;

  private static final int LAYERS = 12;

  private Path writeDeepStudy() throws IOException {
    StringBuilder spectra = new StringBuilder("dataset,subject,roi,model,layer,layer_index,reducer,"
        + "reducer_axis,reducer_dim,metric,rank,correlation,correlation_sd,singular_value,"
        + "null_quantile,reliable\n");
    StringBuilder scores = new StringBuilder("dataset,subject,roi,model,layer,layer_index,reducer,"
        + "reducer_axis,reducer_dim,metric,score,score_name,higher_is_better\n");
    for (int l = 0; l < LAYERS; l++) {
      // Layer 7 is best: its amplitude peaks there.
      double amp = 0.5 - 0.04 * Math.abs(l - 7);
      String cell = "nsd,subj01,ventral,resnet50,block" + l + "," + l + ",none,none,,"
          + "cross-decomposition";
      for (int rank = 1; rank <= 30; rank++) {
        spectra.append(cell).append(',').append(rank).append(String.format(Locale.ROOT,
            ",%.17g,0.01,,,%n", amp / rank));
      }
      scores.append(cell).append(',').append(Math.round(amp * 100))
          .append(",shared_dimensionality,true\n");
    }
    Files.writeString(dir.resolve("spectra.csv"), spectra);
    Files.writeString(dir.resolve("scores.csv"), scores);
    Files.writeString(dir.resolve("study.json"), "{\"name\": \"deep\"}\n");
    return dir;
  }

  @Test
  void manyLayersGetADepthColourBarInsteadOfALegend() throws IOException {
    StudyGrid grid = new StudyGrid(StudyResults.read(writeDeepStudy()));
    List<Figure> figures = DepthFigures.build(grid, "cross-decomposition", "");
    assertThat(figures).extracting(Figure::name)
        .containsExactly("fig2-ventral-spectra", "fig2-ventral-heatmap");
    JFreeChart lines = figures.get(0).chart();
    assertThat(lines.getLegend()).isNull();
    assertThat(lines.getSubtitles()).anyMatch(t -> t instanceof PaintScaleLegend);
    assertThat(figures.get(1).height()).isEqualTo(LayerHeatmap.height(LAYERS))
        .isGreaterThan(Figure.HEIGHT);
    assertThat(BestLayerFigures.best(grid, "cross-decomposition", grid.rois().get(0)).layer()
        .name()).isEqualTo("block7");
  }

  @Test
  void aSparseStudyJsonStillRenders() throws IOException {
    StudyReport.Rendered r = StudyReport.render(writeDeepStudy());
    // One ROI: no overview; one metric: no comparison; no sweeps: no Fig. 3.
    assertThat(r.figures()).isEqualTo(3);
    String html = Files.readString(r.html());
    assertThat(html).contains("<title>deep").doesNotContain("class=\"warnings\"")
        .contains("1 subject").contains("none recorded");
  }
}
