package org.brainalign.plugins.surrogate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/**
 * {@code repetitions=separate}: one row per trial, trial-major ({@code t · n + i} is image i's
 * trial t), ids {@code <image>#<t>} labelled as presentations of the image, one image per row in
 * the stimuli; an image's rows average to its {@code repetitions=mean} row.
 */
class SeparateRepetitionsTest {
  static final RunContext CONTEXT = ToyModel.context();

  @Test
  void oneRowPerTrialTrialMajorLabelledAsPresentations() {
    int n = 30;
    int trials = 4;
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("images", "" + n, "trials",
        "" + trials, "repetitions", "separate"))) {
      for (String roi : List.of("early", "late")) {
        Responses r = ds.responses("subj01", roi, CONTEXT);
        LabelledMatrix m = r.data();
        assertThat(m.rows()).isEqualTo(trials * n);
        assertThat(m.rowIds().get(0)).isEqualTo("sim-0000#0");
        assertThat(m.rowIds().get(n - 1)).isEqualTo("sim-0029#0");
        assertThat(m.rowIds().get(n)).isEqualTo("sim-0000#1");
        assertThat(m.rowIds().get(trials * n - 1)).isEqualTo("sim-0029#3");
        for (int k = 0; k < m.rows(); k++) {
          assertThat(m.rowIds().stimulus(k)).isEqualTo(String.format("sim-%04d", k % n));
        }
        assertThat(r.stimuli().columns()).containsExactly("stimulus", "index", "repetition",
            "trials");
        assertThat(r.stimuli().rows()).hasSize(trials * n);
        assertThat(r.stimuli().rows().get(n + 2)).containsExactly("sim-0002", 2, 1, 1);
        assertThat(r.manifest().get("repetitions")).isEqualTo("separate");
        assertThat((String) r.manifest().get("rows")).contains("trial-major");
      }
      ImageSource shown = ds.stimuli("subj01", CONTEXT);
      assertThat(shown.size()).isEqualTo(trials * n);
      assertThat(shown.id(n + 5)).isEqualTo("sim-0005#1");
      assertThat(shown.stimulus(n + 5)).isEqualTo("sim-0005");
      RgbImage again = shown.read(2 * n + 5);
      RgbImage first = shown.read(5);
      assertThat(again.pixels()).isEqualTo(first.pixels());
    }
  }

  @Test
  void theMeanOfAnImagesRowsIsItsMeanRow() {
    for (String images : List.of("40", "[20,40]")) {
      try (SurrogateDataset mean = Surrogates.create(Surrogates.toy("images", images,
              "reliability", "[0.3,0.7]", "trials", "3"));
          SurrogateDataset separate = Surrogates.create(Surrogates.toy("images", images,
              "reliability", "[0.3,0.7]", "trials", "3", "repetitions", "separate"))) {
        for (String subject : mean.subjects()) {
          for (String roi : List.of("early", "late")) {
            LabelledMatrix a = mean.responses(subject, roi, CONTEXT).data();
            LabelledMatrix b = separate.responses(subject, roi, CONTEXT).data();
            int n = a.rows();
            assertThat(b.rows()).isEqualTo(3 * n);
            for (int i = 0; i < n; i++) {
              assertThat(b.rowIds().get(2 * n + i)).isEqualTo(a.rowIds().get(i) + "#2");
              for (int v = 0; v < a.columns(); v++) {
                double m = (b.data().get(i, v) + b.data().get(n + i, v)
                    + b.data().get(2 * n + i, v)) / 3;
                assertThat(m).as("%s %s %s image %d voxel %d", images, subject, roi, i, v)
                    .isCloseTo(a.data().get(i, v), within(1e-12));
              }
            }
          }
        }
      }
    }
  }

  @Test
  void meanRowsSayHowManyTrialsTheyAverage() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("trials", "5"))) {
      Responses r = ds.responses("subj01", "late", CONTEXT);
      assertThat(r.stimuli().columns()).containsExactly("stimulus", "index", "trials");
      assertThat(r.stimuli().numbers("trials")).containsOnly(5.0);
      assertThat(r.manifest().get("repetitions")).isEqualTo("mean");
      assertThat(r.manifest().get("trials")).isEqualTo(5);
    }
  }
}
