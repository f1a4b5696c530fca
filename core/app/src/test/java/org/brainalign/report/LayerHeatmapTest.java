package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The heat map's cells: log10 of the mean correlation per layer and 3-per-decade rank bin. */
class LayerHeatmapTest {
  @Test
  void cellsHoldLog10OfBinMeansAndNaNWhereTheMeanIsNotPositive() {
    // Ranks 1..10: bins {1,2}, {3,4}, {5..9}, {10} (of the bin 10–21).
    double[] rank = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    MeanSpectrum shallow = new MeanSpectrum(rank, new double[] {0.4, 0.2, 0.1, 0.1, 0.05, 0.03, 0.02,
        0.01, 0.01, -0.01}, new double[10], new double[10], 1);
    MeanSpectrum deep = new MeanSpectrum(new double[] {1, 2}, new double[] {0.01, 0.01}, new double[2],
        new double[2], 1);
    JFreeChart chart = LayerHeatmap.chart("t", List.of("conv1", "layer4"),
        List.of(shallow, deep), new RankBins(3));
    XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
    assertThat(data.getItemCount(0)).isEqualTo(4 + 1);
    double[][] expected = {{0, 0, Math.log10(0.3)}, {1, 0, -1}, {2, 0, Math.log10(0.024)},
        {3, 0, Double.NaN}, {0, 1, -2}};
    for (int i = 0; i < expected.length; i++) {
      assertThat(data.getXValue(0, i)).isEqualTo(expected[i][0]);
      assertThat(data.getYValue(0, i)).isEqualTo(expected[i][1]);
      if (Double.isNaN(expected[i][2])) {
        assertThat(data.getZValue(0, i)).isNaN();
      } else {
        assertThat(data.getZValue(0, i)).isCloseTo(expected[i][2], within(1e-12));
      }
    }
    assertThat(((SymbolAxis) chart.getXYPlot().getDomainAxis()).getSymbols())
        .containsExactly("1–2", "3–4", "5–9", "10–21");
    assertThat(((SymbolAxis) chart.getXYPlot().getRangeAxis()).getSymbols())
        .containsExactly("conv1", "layer4");
  }

  @Test
  void colourBarLabelsArePlainPowersOfTen() {
    PowerOfTenFormat f = new PowerOfTenFormat();
    assertThat(f.format(-2.0)).isEqualTo("0.01");
    assertThat(f.format(0.0)).isEqualTo("1");
    assertThat(f.format(-0.5)).isEqualTo("0.3162");
    assertThat(f.format(-4.0)).isEqualTo("0.0001");
  }
}
