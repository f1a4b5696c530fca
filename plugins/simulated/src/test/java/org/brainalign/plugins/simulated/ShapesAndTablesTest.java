package org.brainalign.plugins.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/** Sizes, ids, tables and manifest follow the options. */
class ShapesAndTablesTest {
  private static final Map<String, String> OPTIONS = Map.of("images", "30", "voxels", "17",
      "size", "80", "subjects", "3", "repetitions", "4", "noise", "0.5", "seed", "3");

  @Test
  void sizesAndIdsFollowTheOptions() {
    try (SimulatedDataset ds = Datasets.create(OPTIONS)) {
      assertThat(ds.subjects()).containsExactly("subj01", "subj02", "subj03");
      assertThat(ds.rois("subj02")).containsExactly("early", "late");
      ImageSource images = ds.stimuli("subj03", RunContext.quiet(1));
      assertThat(images.size()).isEqualTo(30);
      assertThat(images.id(0)).isEqualTo("sim-0000");
      assertThat(images.id(29)).isEqualTo("sim-0029");
      RgbImage img = images.read(29);
      assertThat(img.width()).isEqualTo(80);
      assertThat(img.height()).isEqualTo(80);
      for (String roi : ds.rois("subj01")) {
        Responses r = ds.responses("subj01", roi, RunContext.quiet(1));
        assertThat(r.data().rows()).isEqualTo(30);
        assertThat(r.data().columns()).isEqualTo(17);
        assertThat(r.data().rowIds().get(29)).isEqualTo("sim-0029");
        assertThat(r.data().columnIds().get(16)).isEqualTo(roi + "-16");
      }
    }
  }

  @Test
  void tablesCarryTheGroundTruth() {
    try (SimulatedDataset ds = Datasets.create(OPTIONS)) {
      Responses early = ds.responses("subj02", "early", RunContext.quiet(1));
      assertThat(early.voxels().columns())
          .containsExactly("voxel", "index", "x", "y", "size", "orientation_deg", "fine_scale_weight");
      for (double x : early.voxels().numbers("x")) {
        assertThat(x).isBetween(0.08, 0.92);
      }
      for (double s : early.voxels().numbers("size")) {
        assertThat(s).isBetween(0.03, 0.07);
      }
      Responses late = ds.responses("subj02", "late", RunContext.quiet(1));
      assertThat(late.voxels().columns()).containsExactly("voxel", "index");
      assertThat(late.stimuli().columns())
          .containsExactly("stimulus", "index", "trials", "palette", "texture", "shape", "patches");
      List<Object> row = late.stimuli().rows().get(4);
      assertThat(row.get(0)).isEqualTo("sim-0004");
      assertThat(row.get(2)).isEqualTo(4);
      assertThat(List.of("warm", "cool", "green", "grey")).contains((String) row.get(3));
      assertThat((Integer) row.get(6)).isBetween(1, 5);
    }
  }

  @Test
  void manifestRecordsOptionsNoiseAndRepetitions() {
    try (SimulatedDataset ds = Datasets.create(OPTIONS)) {
      Map<String, Object> m = ds.responses("subj03", "late", RunContext.quiet(1)).manifest();
      assertThat(m).containsEntry("dataset", "simulated").containsEntry("subject", "subj03")
          .containsEntry("roi", "late").containsEntry("trial_noise_sd", 0.5)
          .containsEntry("repetitions", 4);
      @SuppressWarnings("unchecked")
      Map<String, String> options = (Map<String, String>) m.get("options");
      assertThat(options).containsEntry("images", "30").containsEntry("seed", "3")
          .containsKeys("size", "voxels", "noise", "repetitions", "subjects");
      assertThat((double) m.get("expected_single_trial_reliability")).isEqualTo(0.8);
      assertThat((double) m.get("expected_mean_reliability")).isEqualTo(4 / 4.25);
      assertThat(m).containsKeys("generative_model", "values", "random_streams", "known_answer");
    }
  }
}
