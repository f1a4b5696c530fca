package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Noise ceilings reach the metrics: on a folder dataset with repetitions (so with an ncsnr per
 * voxel), scores.csv's last column {@code score_ceiled} is finite for encoding and empty for
 * cross-decomposition; with {@code non-finite: drop} the ceilings follow the voxels kept.
 */
class StudyCeilingsTest extends BuiltInPluginsTest {
  private static final int IMAGES = 30;
  private static final int REPEATS = 2;
  private static final int VOXELS = 12;

  private static String study(Path root, String dataset, String analysis) {
    return """
        name: ceilings
        model:
          spec: tiny-model
          layers: [local]
        dataset:
          spec: folder:root=%s,zscore=none%s
          subjects: all
          rois: [V1]
        reducers: [none]
        metrics: [encoding, cross-decomposition]
        cross-validation: {folds: 3, seed: 0}
        %s
        """.formatted(root, dataset, analysis);
  }

  private List<List<String>> run(String study) throws IOException {
    Path out = dir.resolve("study");
    run(study, out);
    return Files.readAllLines(out.resolve("scores.csv")).stream()
        .map(l -> List.of(l.split(",", -1))).toList();
  }

  @Test
  void encodingGetsAFiniteCeiledScoreAndCrossDecompositionAnEmptyOne() throws IOException {
    List<List<String>> scores = run(study(dataset(dir.resolve("data"), false), "", ""));
    assertCeiled(scores);
  }

  @Test
  void withNonFiniteDropTheCeilingsFollowTheKeptVoxels() throws IOException {
    List<List<String>> scores = run(study(dataset(dir.resolve("data"), true), ",non-finite=keep",
        "analysis: {non-finite: drop}"));
    assertCeiled(scores);
    int voxels = scores.get(0).indexOf("n_voxels");
    assertThat(scores.get(1).get(voxels)).isEqualTo(Integer.toString(VOXELS - 1));
  }

  private static void assertCeiled(List<List<String>> scores) {
    List<String> header = scores.get(0);
    assertThat(header.get(header.size() - 1)).isEqualTo("score_ceiled");
    int metric = header.indexOf("metric");
    int score = header.indexOf("score");
    int ceiled = header.indexOf("score_ceiled");
    assertThat(scores).hasSize(3);
    for (List<String> row : scores.subList(1, 3)) {
      if (row.get(metric).equals("encoding")) {
        double s = Double.parseDouble(row.get(score));
        double c = Double.parseDouble(row.get(ceiled));
        assertThat(c).as("score_ceiled of encoding").isFinite().isNotEqualTo(s);
      } else {
        assertThat(row.get(ceiled)).as("score_ceiled of " + row.get(metric)).isEmpty();
      }
    }
  }

  /**
   * {@code IMAGES} random-block images, each shown {@code REPEATS} times; a response row is its
   * image's pattern plus trial noise of growing size per voxel (so ncsnr is finite and positive);
   * with {@code nan}, the last voxel holds a NaN in one row.
   */
  private static Path dataset(Path root, boolean nan) throws IOException {
    return RepeatedTrialsFolder.write(root, new Random(11), IMAGES, REPEATS, VOXELS, rng -> {
      BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
      for (int p = 0; p < 64; p++) {
        img.setRGB(p % 8, p / 8, rng.nextInt(1 << 24));
      }
      return img;
    }, (row, v, pattern, rng) -> {
      double value = pattern + (0.3 + 0.1 * v) * rng.nextGaussian();
      return nan && row == 5 && v == VOXELS - 1 ? Double.NaN : value;
    });
  }
}
