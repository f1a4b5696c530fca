package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.brainalign.plot.SpectrumPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report opened in headless Chromium (Debian's {@code chromium}, with networking off), as a
 * reader would: the screenshot must show plots, i.e. many distinct colours in the figure area.
 * Runs only where {@code /usr/bin/chromium} is installed.
 */
@EnabledIf("chromiumInstalled")
class ChromiumScreenshotTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  static boolean chromiumInstalled() {
    return Files.isExecutable(CHROMIUM);
  }

  @Test
  void screenshotShowsTheFigures(@TempDir Path dir) throws IOException, InterruptedException {
    SyntheticStudy.write(dir);
    StudyReport.render(dir);
    Path shot = screenshot(dir, dir.resolve("report.html"), "screenshot.png", "1400,3000");
    String keep = System.getProperty("brainalign.screenshot");
    if (keep != null) {
      Files.copy(shot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    BufferedImage img = ImageIO.read(shot.toFile());
    assertThat(img.getWidth()).isEqualTo(1400);
    // Below the title, warnings and contents: the first row of figures.
    Set<Integer> colours = new HashSet<>();
    int top = img.getHeight() / 6;
    for (int y = top; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        colours.add(img.getRGB(x, y) & 0xffffff);
      }
    }
    assertThat(colours.size()).as("distinct colours in the figure area").isGreaterThan(200);
    // The warnings banner is drawn in its orange near the top.
    boolean banner = false;
    for (int y = 0; y < top && !banner; y++) {
      for (int x = 0; x < img.getWidth() && !banner; x++) {
        banner = (img.getRGB(x, y) & 0xffffff) == 0xe07b00;
      }
    }
    assertThat(banner).as("orange warnings banner border").isTrue();
  }

  /** The identification-rate figure as Chromium draws it: its bars in the first ROI's colour. */
  @Test
  void identificationFigureShowsItsBars(@TempDir Path dir) throws IOException, InterruptedException {
    SyntheticStudy.write(dir);
    SyntheticStudy.writeIdentification(dir);
    StudyReport.render(dir);
    Path shot = screenshot(dir, dir.resolve("plots/identification-rate.svg"), "identification.png",
        "900,600");
    BufferedImage img = ImageIO.read(shot.toFile());
    int bar = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        bar += (img.getRGB(x, y) & 0xffffff) == (ColorMap.category(0).getRGB() & 0xffffff) ? 1 : 0;
      }
    }
    // Two bars (cross-decomposition 0.75, rsa 0.5) of early's colour, tens of pixels each way.
    assertThat(bar).as("pixels in the bars' colour").isGreaterThan(2_000);
  }

  /**
   * The best-layer figure of a study with reference spectra, as Chromium draws its SVG: the grey
   * reference lines and their light-grey null lines are there, and absent from the same study
   * without references.
   */
  @Test
  void bestLayerFigureShowsTheGreyReferenceLine(@TempDir Path dir) throws IOException,
      InterruptedException {
    Path plain = SyntheticStudy.write(dir.resolve("plain"));
    Path refs = SyntheticStudy.write(dir.resolve("refs"));
    SyntheticStudy.writeReferences(refs, true);
    StudyReport.render(plain);
    StudyReport.render(refs);
    String size = Figure.WIDTH + "," + Figure.HEIGHT;
    BufferedImage without = ImageIO.read(screenshot(dir, plain.resolve("plots/fig1b-early.svg"),
        "plain.png", size).toFile());
    BufferedImage with = ImageIO.read(screenshot(dir, refs.resolve("plots/fig1b-early.svg"),
        "refs.png", size).toFile());
    int line = SpectrumPlot.REFERENCE_GREY.getRGB();
    int nullLine = SpectrumPlot.REFERENCE_NULL_GREY.getRGB();
    System.out.printf("reference grey pixels %d (without %d), null grey %d (without %d)%n",
        count(with, line), count(without, line), count(with, nullLine), count(without, nullLine));
    assertThat(count(with, line) - count(without, line)).as("reference-line pixels")
        .isGreaterThan(400);
    assertThat(count(with, nullLine) - count(without, nullLine)).as("reference-null pixels")
        .isGreaterThan(200);
  }

  /** Pixels within 4 levels of the grey {@code rgb} in every channel. */
  private static int count(BufferedImage img, int rgb) {
    int grey = rgb & 0xff;
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        boolean near = true;
        for (int shift = 0; shift <= 16; shift += 8) {
          near &= Math.abs(((p >> shift) & 0xff) - grey) <= 4;
        }
        n += near ? 1 : 0;
      }
    }
    return n;
  }

  /** Chromium's screenshot of {@code page} at {@code size} ("W,H"), networking off. */
  private static Path screenshot(Path dir, Path page, String name, String size)
      throws IOException, InterruptedException {
    Path shot = dir.resolve(name);
    Path profile = Files.createDirectories(dir.resolve("profile-" + name));
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--hide-scrollbars", "--screenshot=" + shot,
        "--window-size=" + size, page.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(shot).as(Files.readString(dir.resolve(name + ".log"))).exists();
    return shot;
  }
}
