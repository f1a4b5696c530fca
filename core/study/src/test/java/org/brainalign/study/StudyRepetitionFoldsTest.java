package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.brainalign.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * With {@code repetitions=separate} a metric's own folds keep the rows of one stimulus together
 * (docs/method.md §1). The responses here are pure noise with respect to the images, but each
 * image's repeats are near copies of one another: folds over rows put a repeat of a training image
 * in the test rows, and the cross-decomposition spectrum "predicts" it (rank-1 r 0.73 here); folds
 * over stimuli give about 0 (0.03).
 */
class StudyRepetitionFoldsTest extends BuiltInPluginsTest {
  private static final int IMAGES = 40;
  private static final int REPEATS = 3;
  private static final int VOXELS = 200;

  private static String study(Path root, int folds) {
    return """
        name: repeats
        model:
          spec: tiny-model
          layers: [local]
        dataset:
          spec: folder:root=%s,repetitions=separate,zscore=none
          subjects: all
          rois: [V1]
        reducers: [none]
        metrics: [cross-decomposition]
        cross-validation: {folds: %d, seed: 0}
        """.formatted(root, folds);
  }

  @Test
  void repeatsOfAnImageNeverFallInBothTrainAndTest() throws IOException {
    Path out = dir.resolve("study");
    run(study(noiseDataset(dir.resolve("data")), 4), out);
    List<String> scores = Files.readAllLines(out.resolve("scores.csv"));
    int column = List.of(scores.get(0).split(",")).indexOf("score");
    double rank1 = Double.parseDouble(scores.get(1).split(",")[column]);
    assertThat(Math.abs(rank1)).as("rank-1 r on responses unrelated to the images").isLessThan(0.4);
    String summary;
    try (Stream<Path> cells = Files.list(out.resolve("cells"))) {
      summary = Files.readString(cells.findFirst().orElseThrow().resolve("summary.json"));
    }
    assertThat(summary).contains("\"folds_over\" : \"" + IMAGES + " stimuli ("
        + IMAGES * REPEATS + " rows)\"");
  }

  @Test
  void moreFoldsThanDistinctStimuliIsAnErrorBeforeAnythingRuns() throws IOException {
    Path out = dir.resolve("study");
    String study = study(noiseDataset(dir.resolve("data")), IMAGES + 1);
    assertThatThrownBy(() -> run(study, out)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cross-validation.folds")
        .hasMessageContaining(IMAGES + 1 + " folds for metric cross-decomposition")
        .hasMessageContaining("has " + IMAGES + " stimuli in " + IMAGES * REPEATS + " rows");
    assertThat(out.resolve("cache")).doesNotExist();
  }

  /**
   * {@code IMAGES} random-block images, each shown {@code REPEATS} times in shuffled order; a
   * response row is its image's random pattern (independent of the pixels) plus 5% trial noise.
   */
  private static Path noiseDataset(Path root) throws IOException {
    return RepeatedTrialsFolder.write(root, new Random(7), IMAGES, REPEATS, VOXELS, rng -> {
      BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
      for (int b = 0; b < 16; b++) {
        int rgb = rng.nextInt(1 << 24);
        for (int y = 0; y < 4; y++) {
          for (int x = 0; x < 4; x++) {
            img.setRGB((b % 4) * 4 + x, (b / 4) * 4 + y, rgb);
          }
        }
      }
      return img;
    }, (row, v, pattern, rng) -> pattern + 0.05 * rng.nextGaussian());
  }
}
