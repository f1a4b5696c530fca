package org.brainalign.support.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The manifest layout the datasets share: identity first, then entries in the order put. */
class ResponseManifestTest {
  private static final int[] SHOWN = {7, 3, 7, 9, 3};

  @Test
  void identityComesFirstWithOptionsSortedThenEntriesInTheOrderPut() {
    Map<String, Object> m = ResponseManifest.of("nsd", Path.of("/data/nsd"), "subj01", "V1",
        Map.of("zscore", "session", "betas", "fithrf")).put("values", "v").put("rows", "r")
        .build();
    assertThat(m.keySet()).containsExactly("dataset", "root", "subject", "roi", "options",
        "values", "rows");
    assertThat(m.get("root")).isEqualTo(Path.of("/data/nsd").toString());
    assertThat(m.get("options").toString()).isEqualTo("{betas=fithrf, zscore=session}");
    assertThat(ResponseManifest.of("surrogate", "1", "early", Map.of()).build().keySet())
        .containsExactly("dataset", "subject", "roi", "options");
  }

  @Test
  void countsGiveTheHistogramOfAveragedPresentationsOnlyUnderMean() {
    RowPlan mean = RowPlan.of(SHOWN, Repetitions.earlier(SHOWN), new int[5], Repetitions.MEAN);
    assertThat(ResponseManifest.counts("trials", mean, 10, 8, "images_by_trial_count"))
        .containsExactly(Map.entry("trials", 5), Map.entry("rows", 3), Map.entry("roi_voxels", 10),
            Map.entry("voxels", 8), Map.entry("images_by_trial_count",
                Map.of("1", 1, "2", 2)));
    RowPlan separate = RowPlan.of(SHOWN, Repetitions.earlier(SHOWN), new int[5],
        Repetitions.SEPARATE);
    assertThat(ResponseManifest.counts("response_rows", separate, 10, 10, "x").keySet())
        .containsExactly("response_rows", "rows", "roi_voxels", "voxels");
  }

  @Test
  void theVoxelRuleStatesTheRuleAndWhatItFound() {
    assertThat(ResponseManifest.voxelRule(ConstantVoxels.DROP, "trial", "any loaded session",
        OptionalInt.of(4), 2, 2)).containsExactly(
            Map.entry("rule", "a voxel constant within any loaded session (std 0) is dropped"),
            Map.entry("constant_voxel_sessions", 4),
            Map.entry("voxels_constant_in_some_session", 2), Map.entry("voxels_dropped", 2));
    assertThat(ResponseManifest.voxelRule(null, "row", "any session", OptionalInt.empty(), 0, 0)
        .values()).containsExactly(ConstantVoxels.NOT_NEEDED, 0, 0);
    assertThat(ResponseManifest.ZSCORED).startsWith("z-score of each voxel within each session");
  }
}
