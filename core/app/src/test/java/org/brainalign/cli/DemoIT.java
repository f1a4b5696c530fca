package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainalign demo} through the real launcher at three seeds (ResNet50 {@code random:S}, the
 * surrogate dataset's seed S): its ROIs are read out from the same network, {@code early} from
 * 5 × 5 windows of an 8-channel mixture of layer1, {@code late} from the spatial mean of a 32-channel
 * mixture of layer4. Asserted at every seed, on the mean held-out correlation over ranks 1–10 and
 * 1–50 ("m10", "m50", from spectra.csv) and the shared dimensionality (scores.csv):
 * <ul>
 *   <li>Figure 1B: {@code early} at layer1 shares more dimensions than {@code late} at layer4, by
 *       at least 10;
 *   <li>Figure 2: {@code early}'s best layer is layer1 and {@code late}'s is layer4 or avgpool (the
 *       parameter-free spatial mean of layer4, which is what a pooled readout reads), by at least
 *       0.02 in m10 and 0.01 in m50 over every layer of another depth;
 *   <li>Figure 3: 4 spatial dimensions cost {@code early} (layer1) at least 0.1 more m50 than 4
 *       channel dimensions; 4 channel dimensions cost {@code late} (layer4) at least 0.05 more
 *       than 4 spatial ones.
 * </ul>
 * The measured figures are printed (seed, ROI, layer, reducer, dims, m10, m50, rank 1).
 */
class DemoIT {
  static final long[] SEEDS = {0, 1, 2};
  @TempDir
  static Path dir;
  static final Map<Long, Path> OUT = new LinkedHashMap<>();
  static final Map<Long, String> STDOUT = new LinkedHashMap<>();
  static final Map<Long, List<Map<String, String>>> SCORES = new LinkedHashMap<>();
  static final Map<Long, Map<String, Double>> M50 = new LinkedHashMap<>();
  static final Map<Long, Map<String, Double>> M10 = new LinkedHashMap<>();

  @BeforeAll
  static void runDemo() throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("brainalign.root", "../..")).toAbsolutePath();
    for (long seed : SEEDS) {
      Path out = dir.resolve("demo" + seed);
      long t0 = System.nanoTime();
      ProcessBuilder pb = new ProcessBuilder(root.resolve("brainalign").toString(), "demo", "--out",
          out.toString(), "--weights", "random:" + seed, "--seed", Long.toString(seed))
          .directory(root.toFile());
      pb.environment().put("BRAINALIGN_NO_BUILD", "1");
      pb.redirectOutput(dir.resolve("out" + seed + ".txt").toFile());
      pb.redirectError(dir.resolve("err" + seed + ".txt").toFile());
      Process p = pb.start();
      assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("demo finished").isTrue();
      String stdout = Files.readString(dir.resolve("out" + seed + ".txt"));
      assertThat(p.exitValue()).as(stdout + Files.readString(dir.resolve("err" + seed + ".txt")))
          .isZero();
      System.out.printf("demo seed %d: %.1f s%n", seed, (System.nanoTime() - t0) / 1e9);
      OUT.put(seed, out);
      STDOUT.put(seed, stdout);
      SCORES.put(seed, csv(out.resolve("scores.csv")));
      Map<String, double[]> sums = new HashMap<>();
      for (Map<String, String> r : csv(out.resolve("spectra.csv"))) {
        int rank = Integer.parseInt(r.get("rank"));
        double c = Double.parseDouble(r.get("correlation"));
        double[] a = sums.computeIfAbsent(key(r), k -> new double[2]);
        if (rank <= 50) {
          a[0] += c / 50;
        }
        if (rank <= 10) {
          a[1] += c / 10;
        }
      }
      Map<String, Double> m50 = new HashMap<>();
      Map<String, Double> m10 = new HashMap<>();
      sums.forEach((k, v) -> {
        m50.put(k, v[0]);
        m10.put(k, v[1]);
      });
      M50.put(seed, m50);
      M10.put(seed, m10);
      for (Map<String, String> r : SCORES.get(seed)) {
        System.out.printf("seed %d %-6s %-8s %-8s %-2s dims %3s m10 %.3f m50 %.3f r1 %.3f%n", seed,
            r.get("roi"), r.get("layer"), r.get("reducer_axis"), r.get("reducer_dim"),
            r.get("shared_dimensionality"), m10.get(key(r)), m50.get(key(r)),
            Double.parseDouble(r.get("correlation_rank1")));
      }
    }
  }

  private static String key(Map<String, String> r) {
    return r.get("roi") + "|" + r.get("layer") + "|" + r.get("reducer_axis") + "|"
        + r.get("reducer_dim");
  }

  private static List<Map<String, String>> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String[] header = lines.get(0).split(",");
    List<Map<String, String>> rows = new ArrayList<>();
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
      rows.add(row);
    }
    return rows;
  }

  private static double m50(long seed, String roi, String layer, String axis, String dim) {
    return mean(M50, seed, roi, layer, axis, dim);
  }

  private static double mean(Map<Long, Map<String, Double>> means, long seed, String roi,
      String layer, String axis, String dim) {
    Double v = means.get(seed).get(roi + "|" + layer + "|" + axis + "|" + dim);
    assertThat(v).as("seed %d %s %s %s %s", seed, roi, layer, axis, dim).isNotNull();
    return v;
  }

  private static int dims(long seed, String roi, String layer) {
    return SCORES.get(seed).stream().filter(r -> r.get("roi").equals(roi)
            && r.get("layer").equals(layer) && r.get("reducer_axis").equals("none"))
        .mapToInt(r -> Integer.parseInt(r.get("shared_dimensionality"))).findFirst().orElseThrow();
  }

  private static final List<String> LAYERS = List.of("relu", "layer1", "layer2", "layer3",
      "layer4", "avgpool");

  @Test
  void writesTablesPlotsAndAReportThatSaysTheWeightsAreRandom() throws IOException {
    for (long seed : SEEDS) {
      for (String f : List.of("spectra.csv", "scores.csv", "study.json", "report.html")) {
        assertThat(OUT.get(seed).resolve(f)).exists();
      }
      assertThat(STDOUT.get(seed)).contains("RANDOM weights");
      assertThat(Files.readString(OUT.get(seed).resolve("report.html"))).contains("RANDOM weights");
      // 28 model cells, then the within-subject reference of each ROI (the demo asks for it).
      assertThat(SCORES.get(seed)).hasSize(30);
      assertThat(SCORES.get(seed).subList(28, 30)).allSatisfy(r -> {
        assertThat(r.get("model")).isEqualTo("reference");
        assertThat(r.get("layer")).isEqualTo("within-subject");
      });
      assertThat(OUT.get(seed).resolve("references.csv")).exists();
      // The late ROI's voxels are spatial means of a 32-channel mixture: the brain's own spectrum
      // has exactly those 32 dimensions.
      assertThat(SCORES.get(seed).get(29).get("roi")).isEqualTo("late");
      assertThat(SCORES.get(seed).get(29).get("shared_dimensionality")).as("seed %d", seed)
          .isEqualTo("32");
      String study = Files.readString(OUT.get(seed).resolve("study.json"));
      assertThat(study).contains("\"known_answer\"").contains("\"readout\" : \"pooled\"")
          .contains("\"layer\" : \"layer4\"");
    }
  }

  @Test
  void figure1bEarlySharesMoreDimensionsThanLate() {
    for (long seed : SEEDS) {
      assertThat(dims(seed, "early", "layer1")).as("seed %d", seed)
          .isGreaterThanOrEqualTo(dims(seed, "late", "layer4") + 10);
    }
  }

  @Test
  void figure2EachRoisBestLayerIsAtItsSourceDepth() {
    for (long seed : SEEDS) {
      for (var m : List.of(Map.entry("m10", 0.02), Map.entry("m50", 0.01))) {
        Map<Long, Map<String, Double>> means = m.getKey().equals("m10") ? M10 : M50;
        double early = mean(means, seed, "early", "layer1", "none", "");
        for (String l : LAYERS) {
          if (!l.equals("layer1")) {
            assertThat(early).as("seed %d %s: early layer1 vs %s", seed, m.getKey(), l)
                .isGreaterThan(mean(means, seed, "early", l, "none", "") + m.getValue());
          }
        }
        double late = Math.max(mean(means, seed, "late", "layer4", "none", ""),
            mean(means, seed, "late", "avgpool", "none", ""));
        for (String l : List.of("relu", "layer1", "layer2", "layer3")) {
          assertThat(late).as("seed %d %s: late layer4/avgpool vs %s", seed, m.getKey(), l)
              .isGreaterThan(mean(means, seed, "late", l, "none", "") + m.getValue());
        }
      }
    }
  }

  @Test
  void identificationNamesEachRoisSourceLayerOrItsEquivalent() throws IOException {
    for (long seed : SEEDS) {
      Map<String, Map<String, String>> byRoi = new HashMap<>();
      for (Map<String, String> r : csv(OUT.get(seed).resolve("identification.csv"))) {
        byRoi.put(r.get("roi"), r);
      }
      System.out.printf("seed %d identification: early best %s rank %s; late best %s rank %s "
          + "(equivalent: %s)%n", seed, byRoi.get("early").get("best_layer"),
          byRoi.get("early").get("rank"), byRoi.get("late").get("best_layer"),
          byRoi.get("late").get("rank"), byRoi.get("late").get("equivalent_layers"));
      assertThat(byRoi.get("early")).as("seed %d", seed).containsEntry("true_layer", "layer1")
          .containsEntry("equivalent_layers", "").containsEntry("identified", "true");
      assertThat(byRoi.get("late")).as("seed %d", seed).containsEntry("true_layer", "layer4")
          .containsEntry("equivalent_layers", "avgpool").containsEntry("identified", "true");
    }
  }

  @Test
  void figure3SpatialProjectionCostsEarlyAndChannelProjectionCostsLate() {
    for (long seed : SEEDS) {
      double e = m50(seed, "early", "layer1", "none", "");
      double eSpatial = e - m50(seed, "early", "layer1", "spatial", "4");
      double eChannel = e - m50(seed, "early", "layer1", "channel", "4");
      assertThat(eSpatial).as("seed %d: early cost of spatial 4 vs channel 4", seed)
          .isGreaterThan(eChannel + 0.1);
      double l = m50(seed, "late", "layer4", "none", "");
      double lSpatial = l - m50(seed, "late", "layer4", "spatial", "4");
      double lChannel = l - m50(seed, "late", "layer4", "channel", "4");
      assertThat(lChannel).as("seed %d: late cost of channel 4 vs spatial 4", seed)
          .isGreaterThan(lSpatial + 0.05);
    }
  }
}
