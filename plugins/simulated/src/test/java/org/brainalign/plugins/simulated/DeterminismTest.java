package org.brainalign.plugins.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/** Same seed → same bits (any thread count, any call order); other seed or subject → other data. */
class DeterminismTest {
  private static final Map<String, String> SMALL =
      Map.of("images", "40", "voxels", "20", "size", "64", "subjects", "2", "seed", "7");

  private static double[] values(Responses r) {
    return r.data().data().toDense().data();
  }

  private static byte[] image(SimulatedDataset ds, int i) {
    return ds.stimuli("subj01", RunContext.quiet(1)).read(i).pixels();
  }

  @Test
  void sameSeedGivesTheSameBitsWhateverTheThreadsAndOrder() {
    try (SimulatedDataset a = Datasets.create(SMALL); SimulatedDataset b = Datasets.create(SMALL)) {
      double[] aEarly = values(a.responses("subj01", "early", RunContext.quiet(1)));
      double[] aLate = values(a.responses("subj02", "late", RunContext.quiet(1)));
      // b: other thread count, other call order.
      double[] bLate = values(b.responses("subj02", "late", RunContext.quiet(3)));
      double[] bEarly = values(b.responses("subj01", "early", RunContext.quiet(3)));
      assertThat(bEarly).isEqualTo(aEarly);
      assertThat(bLate).isEqualTo(aLate);
      for (int i = 0; i < 40; i += 13) {
        assertThat(image(b, i)).isEqualTo(image(a, i));
      }
    }
  }

  @Test
  void otherSeedGivesOtherImagesAndResponses() {
    Map<String, String> other = new java.util.HashMap<>(SMALL);
    other.put("seed", "8");
    try (SimulatedDataset a = Datasets.create(SMALL); SimulatedDataset b = Datasets.create(other)) {
      assertThat(image(b, 0)).isNotEqualTo(image(a, 0));
      assertThat(values(b.responses("subj01", "early", RunContext.quiet(1))))
          .isNotEqualTo(values(a.responses("subj01", "early", RunContext.quiet(1))));
    }
  }

  @Test
  void subjectsSeeTheSameImagesWithTheirOwnTuningAndNoise() {
    try (SimulatedDataset ds = Datasets.create(SMALL)) {
      ImageSource s1 = ds.stimuli("subj01", RunContext.quiet(1));
      ImageSource s2 = ds.stimuli("subj02", RunContext.quiet(1));
      assertThat(s2.read(5).pixels()).isEqualTo(s1.read(5).pixels());
      Responses r1 = ds.responses("subj01", "early", RunContext.quiet(1));
      Responses r2 = ds.responses("subj02", "early", RunContext.quiet(1));
      assertThat(r2.voxels().numbers("x")).isNotEqualTo(r1.voxels().numbers("x"));
      assertThat(values(r2)).isNotEqualTo(values(r1));
    }
  }

  @Test
  void moreImagesKeepTheFirstImagesUnchanged() {
    Map<String, String> more = new java.util.HashMap<>(SMALL);
    more.put("images", "60");
    try (SimulatedDataset a = Datasets.create(SMALL); SimulatedDataset b = Datasets.create(more)) {
      for (int i = 0; i < 40; i += 9) {
        assertThat(image(b, i)).isEqualTo(image(a, i));
      }
      assertThat(Arrays.equals(image(b, 45), image(a, 39))).isFalse();
    }
  }
}
