package org.brainalign.plugins.surrogate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.simulated.random.Draws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subject grid: {@code reliability} and {@code images} as bracketed lists make the subjects
 * every reliability × images × replicate, each on the first n images, replicate k drawing exactly
 * what subject k of the single-value dataset draws. Single values keep today's subjects and bits.
 */
class SubjectGridTest {
  static final RunContext CONTEXT = ToyModel.context();

  @TempDir
  Path dir;

  @Test
  void namesAndOrderAreReliabilityThenImagesThenReplicate() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("reliability", "[0.3,0.9]",
        "images", "[30,60]", "subjects", "2"))) {
      assertThat(ds.subjects()).containsExactly("r0.3-n30-subj01", "r0.3-n30-subj02",
          "r0.3-n60-subj01", "r0.3-n60-subj02", "r0.9-n30-subj01", "r0.9-n30-subj02",
          "r0.9-n60-subj01", "r0.9-n60-subj02");
    }
    // The lists' own order is kept; one list is enough for a grid, even of one value.
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("reliability", "[1,0.05]"))) {
      assertThat(ds.subjects()).containsExactly("r1-n60-subj01", "r0.05-n60-subj01");
    }
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("images", "[40]"))) {
      assertThat(ds.subjects()).containsExactly("r0.5-n40-subj01");
    }
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("subjects", "3"))) {
      assertThat(ds.subjects()).containsExactly("subj01", "subj02", "subj03");
    }
  }

  @Test
  void reliabilitiesAreWrittenPlainAndFileNameSafe() {
    assertThat(GridSubject.decimal(0.3)).isEqualTo("0.3");
    assertThat(GridSubject.decimal(1.0)).isEqualTo("1");
    assertThat(GridSubject.decimal(0.25)).isEqualTo("0.25");
    assertThat(GridSubject.decimal(1e-4)).isEqualTo("0.0001");
    assertThat(GridSubject.decimal(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(GridSubject.name(1e-7, 100_000, 98)).isEqualTo("r0.0000001-n100000-subj99")
        .matches("[A-Za-z0-9.-]+");
  }

  @Test
  void aSubjectOfNImagesSeesTheFirstN() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("images", "[30,60]"))) {
      ImageSource small = ds.stimuli("r0.5-n30-subj01", CONTEXT);
      ImageSource all = ds.stimuli("r0.5-n60-subj01", CONTEXT);
      assertThat(small.size()).isEqualTo(30);
      assertThat(all.size()).isEqualTo(60);
      for (int i = 0; i < 30; i++) {
        assertThat(small.id(i)).isEqualTo(all.id(i));
        assertThat(small.read(i).pixels()).as("image %d", i).isEqualTo(all.read(i).pixels());
      }
      Responses r = ds.responses("r0.5-n30-subj01", "early", CONTEXT);
      assertThat(r.data().rows()).isEqualTo(30);
      assertThat(r.data().rowIds().get(29)).isEqualTo(all.id(29));
      assertThat(r.stimuli().rows()).hasSize(30);
    }
  }

  @Test
  void replicateKAtReliabilityREqualsSubjectKOfTheSingleValueDataset() {
    for (long seed = 0; seed < 2; seed++) {
      try (SurrogateDataset grid = Surrogates.create(Surrogates.toy("seed", "" + seed,
          "reliability", "[0.3,0.9]", "images", "[30,60]", "subjects", "2", "trials", "2"))) {
        for (double r : new double[] {0.3, 0.9}) {
          for (int n : new int[] {60, 30}) {
            try (SurrogateDataset single = Surrogates.create(Surrogates.toy("seed", "" + seed,
                "reliability", "" + r, "images", "" + n, "subjects", "2", "trials", "2"))) {
              for (int k = 0; k < 2; k++) {
                String id = GridSubject.name(r, n, k);
                for (String roi : List.of("early", "late")) {
                  Responses g = grid.responses(id, roi, CONTEXT);
                  Responses s = single.responses(single.subjects().get(k), roi, CONTEXT);
                  String what = "seed " + seed + " " + id + " " + roi;
                  assertThat(values(g.data().data())).as(what)
                      .isEqualTo(values(s.data().data()));
                  assertThat(g.data().rowIds().get(n - 1)).isEqualTo(s.data().rowIds().get(n - 1));
                  assertThat(g.voxels().rows()).as(what).isEqualTo(s.voxels().rows());
                }
              }
            }
          }
        }
        // And the grid is not one subject repeated: replicates and reliabilities differ.
        double[] a = values(grid.responses("r0.3-n60-subj01", "late", CONTEXT).data().data());
        double[] b = values(grid.responses("r0.3-n60-subj02", "late", CONTEXT).data().data());
        double[] c = values(grid.responses("r0.9-n60-subj01", "late", CONTEXT).data().data());
        assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
      }
    }
  }

  @Test
  void theKnownAnswerNamesReliabilityImagesAndReplicate() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("reliability", "[0.3,0.9]",
        "images", "[30,60]", "subjects", "2"))) {
      Responses r = ds.responses("r0.9-n30-subj02", "late", CONTEXT);
      @SuppressWarnings("unchecked")
      Map<String, Object> answer = (Map<String, Object>) r.manifest().get("known_answer");
      assertThat(answer).containsEntry("reliability", 0.9).containsEntry("images", 30)
          .containsEntry("replicate", 2).containsEntry("layer", "b");
      assertThat(r.manifest()).containsEntry("subject", "r0.9-n30-subj02");
      assertThat((String) r.manifest().get("images")).startsWith("the first 30 of 60");
    }
  }

  @Test
  void theSourceModelRunsOnceOnTheLargestN() {
    AtomicInteger models = new AtomicInteger();
    AtomicInteger images = new AtomicInteger();
    RunContext counting = counting(models, images);
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("reliability", "[0.3,0.9]",
        "images", "[30,45,60]", "subjects", "2"))) {
      for (String s : ds.subjects()) {
        for (String roi : ds.rois(s)) {
          ds.responses(s, roi, counting);
        }
      }
    }
    assertThat(models.get()).isEqualTo(1);
    assertThat(images.get()).isEqualTo(60);
  }

  @Test
  void badListsNameTheOptionTheValueAndTheRange() {
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("reliability", "[0.3,1.5]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'reliability'")
        .hasMessageContaining("(0, 1]").hasMessageContaining("found 1.5");
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("reliability", "[0,0.5]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("found 0.0");
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("images", "[60,1]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'images'")
        .hasMessageContaining("[2, 100000]").hasMessageContaining("found 1 in [60, 1]");
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("reliability", "[0.3,0.30]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'reliability'")
        .hasMessageContaining("distinct").hasMessageContaining("0.3 twice");
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("images", "[60,30,60]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'images'")
        .hasMessageContaining("60 twice");
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("images", "[60,x]")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("option 'images'");
  }

  @Test
  void aFolderGridNeedsEnoughImages() throws IOException {
    Draws d = new Draws(7);
    for (int f = 0; f < 4; f++) {
      BufferedImage img = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 24; y++) {
        for (int x = 0; x < 24; x++) {
          img.setRGB(x, y, d.integer(1 << 24));
        }
      }
      ImageIO.write(img, "png", dir.resolve("img" + f + ".png").toFile());
    }
    String folder = dir.toString();
    assertThatThrownBy(() -> Surrogates.create(Surrogates.toy("folder", folder, "images",
        "[2,5]"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("option 'images'").hasMessageContaining("at most the 4 images")
        .hasMessageContaining(folder).hasMessageContaining("found 5");
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("folder", folder, "images",
        "[2,4]"))) {
      assertThat(ds.subjects()).containsExactly("r0.5-n2-subj01", "r0.5-n4-subj01");
      assertThat(ds.stimuli("r0.5-n2-subj01", CONTEXT).id(1)).isEqualTo("img1.png");
    }
    // A single images value is ignored with a folder, as without a grid: n is the whole folder.
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("folder", folder, "reliability",
        "[0.5,1]"))) {
      assertThat(ds.subjects()).containsExactly("r0.5-n4-subj01", "r1-n4-subj01");
    }
  }

  /**
   * Single values give the responses of before the grid, bit for bit: SHA-256 (first 16 hex digits)
   * of every row id and value (little-endian double bits), recorded at commit 7f04cda.
   */
  @Test
  void singleValuesKeepTheirBits() throws NoSuchAlgorithmException {
    record Case(String[] options, List<String> digests) {}
    List<Case> cases = List.of(
        new Case(new String[] {}, List.of("8d48f7772fee6c19", "79eca593331aef61")),
        new Case(new String[] {"seed", "1", "reliability", "0.3", "subjects", "2", "trials",
            "2"}, List.of("8b425355e8470fd0", "3858fe5dcc3304c3", "9e086df99ec8b42b",
            "f3adc28f99a6067a")),
        new Case(new String[] {"whiten", "false", "images", "37", "subjects", "3"}, List.of(
            "85f5e38108c9d19c", "f5cae615434362ee", "ce500ceff45345ec", "bcc72d32248f38a8",
            "50c5255c2a016cff", "7b8d07232c11d4d3")),
        new Case(new String[] {"reliability", "1", "voxels", "7", "rf", "2", "readouts",
            "[pooled,local]"}, List.of("420a5b62747f01a9", "c771a218009489d4")));
    for (Case c : cases) {
      List<String> found = new ArrayList<>();
      try (SurrogateDataset ds = Surrogates.create(Surrogates.toy(c.options()))) {
        for (String s : ds.subjects()) {
          for (String roi : ds.rois(s)) {
            found.add(digest(ds.responses(s, roi, CONTEXT)));
          }
        }
      }
      assertThat(found).as(String.join(",", c.options())).isEqualTo(c.digests());
    }
  }

  static String digest(Responses r) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    Matrix m = r.data().data();
    for (int i = 0; i < m.rows(); i++) {
      md.update(r.data().rowIds().get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (int j = 0; j < m.columns(); j++) {
        long b = Double.doubleToLongBits(m.get(i, j));
        for (int k = 0; k < 8; k++) {
          md.update((byte) (b >>> (8 * k)));
        }
      }
    }
    return HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  static double[] values(Matrix m) {
    double[] out = new double[m.rows() * m.columns()];
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.columns(); j++) {
        out[i * m.columns() + j] = m.get(i, j);
      }
    }
    return out;
  }

  static RunContext counting(AtomicInteger models, AtomicInteger images) {
    return ToyModel.context(models, images);
  }
}
