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
 * it), and the grey permutation-null band must be there. Runs only where {@code /usr/bin/chromium}
 * is installed.
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
    int n = 300;
    double[] rank = new double[n];
    double[] mean = new double[n];
    double[] sd = new double[n];
    double[] nullQ = new double[n];
    for (int k = 0; k < n; k++) {
      rank[k] = k + 1;
      mean[k] = k < 12 ? 0.9 / Math.sqrt(k + 1) : -0.2 + 0.05 * Math.sin(k);
      sd[k] = 0.04;
      nullQ[k] = 0.12;
    }
    JFreeChart chart = SpectrumPlot.chart("screenshot", List.of(new SpectrumPlot.Series("s", rank,
        mean, sd, new Color(0x0000ff))), rank, nullQ);
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage png = chart.createBufferedImage(W, H, info);
    ImageIO.write(png, "png", dir.resolve("chart.png").toFile());
    Rectangle2D area = info.getPlotInfo().getDataArea();
    int zeroY = (int) Math.round(chart.getXYPlot().getRangeAxis().valueToJava2D(0, area,
        RectangleEdge.LEFT));
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
    BufferedImage img = ImageIO.read(shot.toFile());
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
}
