package org.brainalign.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper-style spectrum plot opened in headless Chromium as a reader would see it: a spectrum
 * that turns negative beyond rank 12 must show its line below the zero line (a log axis would drop
 * it), and the grey permutation-null band must be there; a reference spectrum must show as its
 * grey line with its light-grey null line. Runs only where {@code /usr/bin/chromium} is installed.
 */
@EnabledIf("chromiumInstalled")
class SpectrumPlotScreenshotTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final int W = 640;
  static final int H = 440;

  static boolean chromiumInstalled() {
    return Files.isExecutable(CHROMIUM);
  }

  @Test
  void negativeRanksAndTheNullBandAreVisible(@TempDir Path dir) throws IOException,
      InterruptedException {
    JFreeChart chart = SpectrumPlotTest.rankedChart("screenshot", 300,
        k -> k < 12 ? 0.9 / Math.sqrt(k + 1) : -0.2 + 0.05 * Math.sin(k), 0.04, 0.12,
        new Color(0x0000ff));
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage img = screenshot(dir, chart, info);
    Rectangle2D area = info.getPlotInfo().getDataArea();
    int zeroY = (int) Math.round(chart.getXYPlot().getRangeAxis().valueToJava2D(0, area,
        RectangleEdge.LEFT));
    int blueBelow = 0;
    int grey = 0;
    for (int y = (int) area.getMinY(); y < (int) area.getMaxY(); y++) {
      for (int x = (int) area.getMinX(); x < (int) area.getMaxX(); x++) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (b > 200 && r < 90 && g < 90 && y > zeroY + 3) {
          blueBelow++;
        }
        if (Math.abs(r - g) < 4 && Math.abs(g - b) < 4 && r >= 226 && r <= 236) {
          grey++;
        }
      }
    }
    assertThat(blueBelow).as("line pixels below zero (y > %d)", zeroY).isGreaterThan(50);
    // Grey 0x777777 at 18 % over white is ~231; the grid lines (0xdddddd = 221) are outside the range.
    assertThat(grey).as("null-band pixels").isGreaterThan(5000);
  }

  /**
   * A within-subject reference above the spectrum (0.8 · rank^-0.3) with its null quantile at
   * 0.3: its grey line and light-grey null line are drawn above the zero line, and a second,
   * between-subject reference adds its dashed line.
   */
  @Test
  void theReferenceIsAGreyLineWithItsNullLine(@TempDir Path dir) throws IOException,
      InterruptedException {
    int n = 300;
    double[] rank = new double[n];
    double[] mean = new double[n];
    double[] ref = new double[n];
    double[] refNull = new double[n];
    for (int k = 0; k < n; k++) {
      rank[k] = k + 1;
      mean[k] = 0.2 / Math.sqrt(k + 1);
      ref[k] = 0.8 * Math.pow(k + 1, -0.3);
      refNull[k] = 0.3;
    }
    List<SpectrumPlot.Series> series = List.of(new SpectrumPlot.Series("s", rank, mean, null,
        new Color(0x0000ff)));
    SpectrumPlot.Reference within = new SpectrumPlot.Reference("within-subject reference", rank,
        ref, refNull, false);
    int[] none = pixels(dir.resolve("none"), SpectrumPlot.chart("t", series, null, null));
    int[] one = pixels(dir.resolve("one"), SpectrumPlot.chart("t", series, null, null,
        List.of(within)));
    double[] half = java.util.Arrays.stream(ref).map(v -> v / 2).toArray();
    int[] two = pixels(dir.resolve("two"), SpectrumPlot.chart("t", series, null, null,
        List.of(within, new SpectrumPlot.Reference("between-subject reference", rank, half, null,
            true))));
    System.out.printf("grey line pixels %d/%d/%d, null line %d/%d/%d%n", none[0], one[0], two[0],
        none[1], one[1], two[1]);
    assertThat(one[0] - none[0]).as("reference-line pixels").isGreaterThan(400);
    assertThat(one[1] - none[1]).as("reference-null pixels").isGreaterThan(200);
    assertThat(two[0] - one[0]).as("dashed second reference pixels").isGreaterThan(150);
  }

  /**
   * In Chromium's screenshot of {@code chart}, the neutral grey data-area pixels from 4 levels
   * below to 4 (line) or 20 (null line: thin, so mostly blended with the white) levels above
   * {@link SpectrumPlot#REFERENCE_GREY} and {@link SpectrumPlot#REFERENCE_NULL_GREY}.
   */
  private static int[] pixels(Path dir, JFreeChart chart) throws IOException,
      InterruptedException {
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage img = screenshot(Files.createDirectories(dir), chart, info);
    Rectangle2D area = info.getPlotInfo().getDataArea();
    int[] out = new int[2];
    int[] greys = {SpectrumPlot.REFERENCE_GREY.getRed(), SpectrumPlot.REFERENCE_NULL_GREY.getRed()};
    for (int y = (int) area.getMinY() + 1; y < (int) area.getMaxY(); y++) {
      for (int x = (int) area.getMinX() + 1; x < (int) area.getMaxX(); x++) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        for (int i = 0; i < 2; i++) {
          boolean neutral = Math.abs(r - g) <= 3 && Math.abs(g - b) <= 3;
          out[i] += neutral && r >= greys[i] - 4 && r <= greys[i] + (i == 0 ? 4 : 20) ? 1 : 0;
        }
      }
    }
    return out;
  }

  /** The chart drawn to PNG ({@code info} filled) and shown by Chromium as a reader sees it. */
  private static BufferedImage screenshot(Path dir, JFreeChart chart, ChartRenderingInfo info)
      throws IOException, InterruptedException {
    BufferedImage png = chart.createBufferedImage(W, H, info);
    ImageIO.write(png, "png", dir.resolve("chart.png").toFile());
    Files.writeString(dir.resolve("page.html"), "<!doctype html><html><body style=\"margin:0\">"
        + "<img src=\"chart.png\" width=\"" + W + "\" height=\"" + H + "\"></body></html>");
    Path shot = dir.resolve("shot.png");
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
        "--force-device-scale-factor=1", "--user-data-dir=" + profile, "--hide-scrollbars",
        "--screenshot=" + shot, "--window-size=" + W + "," + H,
        dir.resolve("page.html").toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(shot).as(Files.readString(dir.resolve("chromium.log"))).exists();
    return ImageIO.read(shot.toFile());
  }
}
