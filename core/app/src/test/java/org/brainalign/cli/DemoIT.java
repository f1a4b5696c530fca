package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainalign demo} through the real launcher (ResNet50 with random weights against the
 * simulated dataset), and its known answer: early layers align best with the {@code early} ROI,
 * late layers with {@code late}, and projecting the spatial axis of an early layer hurts {@code
 * early} far more than projecting its channels.
 */
class DemoIT {
  @TempDir
  static Path dir;
  static Path out;
  static String stdout;
  static List<Map<String, String>> scores;

  @BeforeAll
  static void runDemo() throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("brainalign.root", "../..")).toAbsolutePath();
    out = dir.resolve("demo");
    ProcessBuilder pb = new ProcessBuilder(root.resolve("brainalign").toString(), "demo", "--out",
        out.toString(), "--weights", "random:0").directory(root.toFile());
    pb.environment().put("BRAINALIGN_NO_BUILD", "1");
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    pb.redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("demo finished").isTrue();
    stdout = Files.readString(dir.resolve("out.txt"));
    assertThat(p.exitValue()).as(stdout + Files.readString(dir.resolve("err.txt"))).isZero();
    List<String> lines = Files.readAllLines(out.resolve("scores.csv"));
    String[] header = lines.get(0).split(",");
    scores = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      // The reducer spec is quoted and holds commas; every other cell is plain.
      List<String> cells = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          cells.add(cur.toString());
          cur.setLength(0);
        } else {
          cur.append(c);
        }
      }
      cells.add(cur.toString());
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells.get(i));
      }
      scores.add(row);
    }
  }

  private static double value(String roi, String layer, String axis, String dim, String column) {
    return scores.stream().filter(r -> r.get("roi").equals(roi) && r.get("layer").equals(layer)
            && r.get("reducer_axis").equals(axis) && r.get("reducer_dim").equals(dim))
        .mapToDouble(r -> Double.parseDouble(r.get(column))).findFirst().orElseThrow();
  }

  private static String best(String roi, String column) {
    String best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (Map<String, String> r : scores) {
      if (r.get("roi").equals(roi) && r.get("reducer_axis").equals("none")) {
        double v = Double.parseDouble(r.get(column));
        if (v > top) {
          top = v;
          best = r.get("layer");
        }
      }
    }
    return best;
  }

  @Test
  void writesTablesPlotsAndAReportThatSaysTheWeightsAreRandom() throws IOException {
    for (String f : List.of("spectra.csv", "scores.csv", "study.json", "report.html")) {
      assertThat(out.resolve(f)).exists();
    }
    assertThat(stdout).contains("RANDOM weights");
    assertThat(Files.readString(out.resolve("report.html"))).contains("RANDOM weights");
    assertThat(scores).hasSize(36);
  }

  @Test
  void earlyLayersAlignBestWithTheEarlyRoi() {
    assertThat(best("early", "score")).isIn("layer1", "layer2");
    assertThat(value("early", "layer1", "none", "", "score"))
        .isGreaterThan(value("early", "avgpool", "none", "", "score"));
  }

  @Test
  void lateLayersAlignBestWithTheLateRoi() {
    assertThat(best("late", "correlation_rank1")).isIn("layer3", "layer4", "avgpool");
    assertThat(value("late", "layer4", "none", "", "correlation_rank1"))
        .isGreaterThan(value("late", "relu", "none", "", "correlation_rank1"));
  }

  @Test
  void spatialProjectionHurtsTheEarlyRoiMoreThanChannelProjection() {
    double full = value("early", "layer1", "none", "", "score");
    double spatial = value("early", "layer1", "spatial", "4", "score");
    double channel = value("early", "layer1", "channel", "4", "score");
    assertThat(full - spatial).as("loss from 4 spatial dimensions").isGreaterThan(full / 2);
    assertThat(full - spatial).isGreaterThan(full - channel);
  }
}
