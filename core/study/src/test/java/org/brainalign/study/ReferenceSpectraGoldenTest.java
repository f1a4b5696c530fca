package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A study's reference spectra equal numpy's and scikit-learn's (src/test/python/
 * generate_references.py): on a folder dataset with repeated presentations in two sessions, the
 * within-subject spectra of both subjects and the between-subject spectrum of the pair, to 1e-9.
 */
public class ReferenceSpectraGoldenTest extends BuiltInPluginsTest {
  // From any core/* module's folder, so that core/app's CLI tests reach it too.
  private static final Path FIXTURE = Path.of("../study/src/test/resources/references");

  static String study(Path root, String metric) {
    return """
        name: references
        model:
          spec: tiny-model
          layers: [local]
        dataset:
          spec: folder:root=%s
          subjects: all
          rois: [V1]
        metrics: [%s]
        cross-validation: {folds: 3, seed: 0}
        references: [within-subject, between-subject]
        """.formatted(root, metric);
  }

  /** The fixture's dataset with the 30 images it names, drawn here (also for SlurmClusterIT). */
  public static Path dataset(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = root.resolve(FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.createDirectories(root.resolve("images"));
    Random rng = new Random(3);
    for (int i = 0; i < 30; i++) {
      BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 16; y++) {
        for (int x = 0; x < 16; x++) {
          img.setRGB(x, y, rng.nextInt(1 << 24));
        }
      }
      ImageIO.write(img, "png", root.resolve("images").resolve(String.format("st%02d.png", i))
          .toFile());
    }
    return root;
  }

  @Test
  void withinAndBetweenSubjectSpectraMatchScikitLearn() throws IOException {
    Path out = dir.resolve("study");
    run(study(dataset(dir.resolve("data")), "cross-decomposition"), out);
    List<String[]> expected = rows(FIXTURE.resolve("expected.csv"));
    List<String[]> actual = rows(out.resolve("references.csv"));
    assertThat(actual.get(0)).containsExactly("dataset", "subject", "subject_b", "roi", "kind",
        "rank", "correlation", "correlation_sd", "singular_value", "null_quantile", "reliable");
    assertThat(actual).hasSize(expected.size());
    for (int i = 1; i < expected.size(); i++) {
      String[] e = expected.get(i);
      String[] a = actual.get(i);
      String where = String.join(",", e[0], e[1], e[2], "rank " + e[4]);
      assertThat(List.of(a[4], a[1], a[2], a[3], a[5])).as(where)
          .containsExactly(e[0], e[1], e[2], e[3], e[4]);
      for (int c = 0; c < 3; c++) {
        assertThat(Double.parseDouble(a[6 + c])).as(where + " column " + (6 + c))
            .isCloseTo(Double.parseDouble(e[5 + c]), within(1e-9));
      }
      assertThat(a[9] + a[10]).as("no null without permutations").isEmpty();
    }
    List<String[]> scores = rows(out.resolve("scores.csv"));
    List<String> references = new ArrayList<>();
    for (String[] s : scores) {
      if (s[3].equals("reference")) {
        references.add(String.join(",", s[1], s[2], s[4], s[5], s[11], s[16], s[17], s[18]));
      }
    }
    assertThat(references).containsExactly(
        "S1,V1,within-subject,,correlation_rank1,24,12,12",
        "S2,V1,within-subject,,correlation_rank1,24,9,9",
        "S1+S2,V1,between-subject,,correlation_rank1,18,12,9");
  }

  static List<String[]> rows(Path csv) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      out.add(line.split(",", -1));
    }
    return out;
  }
}
