package org.brainalign.study;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes a {@code folder} dataset of one subject {@code S1} and one region {@code V1}: {@code images}
 * PNG stimuli {@code im00.png, im01.png, ...}, each shown {@code repeats} times in shuffled order,
 * and a response row per trial that is its image's random pattern (independent of the pixels) plus
 * trial noise. Every random draw comes from the one {@link Random}, in a fixed order (pixels and
 * pattern per image, the shuffle, then the noise row by row), so a seed gives the same files.
 */
final class RepeatedTrialsFolder {
  private RepeatedTrialsFolder() {}

  /** Paints one stimulus. */
  @FunctionalInterface
  interface Painter {
    BufferedImage paint(Random rng);
  }

  /** One response value: the image's pattern value at a voxel, plus noise drawn from {@code rng}. */
  @FunctionalInterface
  interface Response {
    double at(int row, int voxel, double pattern, Random rng);
  }

  /**
   * @param root the dataset folder, created with {@code images/}, {@code S1/} and
   *     {@code dataset.yaml}
   * @return {@code root}
   */
  static Path write(Path root, Random rng, int images, int repeats, int voxels, Painter painter,
      Response response) throws IOException {
    Files.createDirectories(root.resolve("images"));
    Files.createDirectories(root.resolve("S1"));
    double[][] pattern = new double[images][voxels];
    for (int i = 0; i < images; i++) {
      ImageIO.write(painter.paint(rng), "png",
          root.resolve("images").resolve(String.format("im%02d.png", i)).toFile());
      for (int v = 0; v < voxels; v++) {
        pattern[i][v] = rng.nextGaussian();
      }
    }
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < images; i++) {
      for (int r = 0; r < repeats; r++) {
        shown.add(i);
      }
    }
    Collections.shuffle(shown, rng);
    StringBuilder trials = new StringBuilder("stimulus\n");
    StringBuilder betas = new StringBuilder();
    for (int row = 0; row < shown.size(); row++) {
      int image = shown.get(row);
      trials.append(String.format("im%02d%n", image));
      for (int v = 0; v < voxels; v++) {
        betas.append(v == 0 ? "" : ",").append(response.at(row, v, pattern[image][v], rng));
      }
      betas.append('\n');
    }
    Files.writeString(root.resolve("S1/trials.csv"), trials);
    Files.writeString(root.resolve("S1/betas.csv"), betas);
    Files.writeString(root.resolve("S1/voxels.csv"), "roi\n" + "V1\n".repeat(voxels));
    Files.writeString(root.resolve("dataset.yaml"), """
        stimuli: images
        subjects:
          S1:
            responses: S1/betas.csv
            rows: S1/trials.csv
            voxels: S1/voxels.csv
        """);
    return root;
  }
}
