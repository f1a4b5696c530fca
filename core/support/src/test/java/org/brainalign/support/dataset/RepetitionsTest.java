package org.brainalign.support.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules the dataset plugins share: repetition numbers, row ids, labels, the manifest's parts. */
class RepetitionsTest {
  @TempDir Path dir;

  @Test
  void aRepetitionCountsEarlierPresentationsOfTheSameStimulusFromZero() {
    assertThat(Repetitions.earlier(new int[] {7, 9, 7, 7, 9, 3})).containsExactly(0, 0, 1, 2, 1, 0);
    assertThat(Repetitions.earlier(new int[0])).isEmpty();
    assertThat(Repetitions.rowId("2950", 1)).isEqualTo("2950#1");
    assertThat(Repetitions.of(true)).isEqualTo(Repetitions.SEPARATE);
    assertThat(Repetitions.of(false).id()).isEqualTo("mean");
    assertThat(Repetitions.SEPARATE.id()).isEqualTo("separate");
  }

  @Test
  void separateRowsArePresentationsOfTheirStimulusAndMeanRowsAreTheStimuli() {
    Labels separate = Repetitions.SEPARATE.labels(List.of("a#0", "a#1", "b#0"),
        List.of("a", "a", "b"));
    assertThat(separate.stimulus(1)).isEqualTo("a");
    assertThat(separate.get(1)).isEqualTo("a#1");
    Labels mean = Repetitions.MEAN.labels(List.of("a", "b"), List.of("a", "b"));
    assertThat(mean.get(1)).isEqualTo("b");
    assertThat(mean.stimulus(1)).isEqualTo("b");
  }

  @Test
  void theHistogramCountsRowsByPresentationsAveragedInAscendingOrder() {
    Map<String, Object> h = Repetitions.byCount(new int[] {3, 1, 3, 3, 2});
    assertThat(h).containsExactly(Map.entry("1", 1), Map.entry("2", 1), Map.entry("3", 3));
  }

  @Test
  void theConstantVoxelRuleIsStatedTheSameWayByEveryDataset() {
    assertThat(Options.parse("nsd", List.of(ConstantVoxels.OPTION), Map.of("constant-voxels",
        "drop")).get(ConstantVoxels.OPTION)).isEqualTo(ConstantVoxels.DROP);
    assertThat(ConstantVoxels.OPTION.key()).isEqualTo("constant-voxels");
    assertThat(ConstantVoxels.ZERO.rule("trial", "any loaded session")).isEqualTo("a voxel "
        + "constant within a session (std 0) gets z-score 0 on every trial of that session");
    assertThat(ConstantVoxels.DROP.rule("row", "any session"))
        .isEqualTo("a voxel constant within any session (std 0) is dropped");
  }

  @Test
  void aFileIsListedRelativeToTheRootWithItsSize() throws IOException {
    Path f = Files.writeString(Files.createDirectory(dir.resolve("S1")).resolve("x.csv"), "abc");
    assertThat(FileProvenance.under(dir, f)).containsExactly(Map.entry("path",
        Path.of("S1", "x.csv").toString()), Map.entry("bytes", 3L));
    Map<String, Object> missing = FileProvenance.of("gone.csv", dir.resolve("gone.csv"));
    assertThat(missing).containsEntry("path", "gone.csv").containsEntry("bytes", null);
  }
}
