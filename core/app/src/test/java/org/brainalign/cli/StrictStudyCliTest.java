package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --dry-run} on study files with one mistake each: exit 2, the file, line and column and
 * the remedy on stderr, no stack trace, and nothing written.
 */
class StrictStudyCliTest {
  private static final String STUDY = """
      name: strict
      model: {spec: tiny-model, layers: [local, pooled]}
      dataset: {spec: "tiny-data:images=32", subjects: [s1], rois: [left]}
      metrics: ["cross-decomposition:permutations=10"]
      cross-validation: {folds: 4}
      """;

  @TempDir
  Path dir;

  private Cli dryRun(String text) throws IOException {
    return Cli.runStudy(dir, text, "--dry-run");
  }

  private void refused(String text, String... expected) throws IOException {
    Cli r = dryRun(text);
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).as(r.toString()).contains("study.yaml").contains(expected)
        .doesNotContain("\tat ");
    assertThat(r.out).doesNotContain("cells:");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void theValidFilePlans() throws IOException {
    Cli r = dryRun(STUDY);
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("cells: 2");
  }

  @Test
  void aMisspelledKeyAtEachLevelIsRefusedBeforeAnythingRuns() throws IOException {
    refused(STUDY.replace("layers: [local, pooled]", "layer: [local]"),
        "line 2, column 27", "unknown key 'model.layer'", "Did you mean 'layers'?");
    refused(STUDY.replace("subjects: [s1]", "subject: [s1]"), "unknown key 'dataset.subject'",
        "Did you mean 'subjects'?");
    refused(STUDY.replace("rois: [left]", "roi: [left]"), "Did you mean 'rois'?");
    refused(STUDY.replace("{folds: 4}", "{fold: 4}"), "unknown key 'cross-validation.fold'",
        "Did you mean 'folds'?");
    refused(STUDY + "analysis: {nonfinite: drop}\n", "unknown key 'analysis.nonfinite'",
        "Did you mean 'non-finite'?");
    refused(STUDY + "reducers: [{spec: \"sparse-random-projection:axis=all\", dim: [4]}]\n",
        "unknown key 'reducers[0].dim'", "Did you mean 'dims'?");
    refused(STUDY + "compute: {gram-precission: single}\n", "Did you mean 'gram-precision'?");
    refused(STUDY + "metric: [cka]\n", "line 6, column 1", "Did you mean 'metrics'?");
  }

  @Test
  void whatThePluginsRefuseIsCaughtByTheDryRunWithItsPlace() throws IOException {
    refused(STUDY.replace("[local, pooled]", "[local, poled]"),
        "model.layers[1] (line 2, column 43)", "matches no layer of tiny-model",
        "Did you mean 'pooled'?");
    refused(STUDY.replace("subjects: [s1]", "subjects: [s1, s3]"),
        "dataset.subjects[1] (line 3", "subject 's3'", "known subjects: s1, s2");
    refused(STUDY.replace("rois: [left]", "rois: [left, glbal]"),
        "dataset.rois[1]", "ROI 'glbal'", "Did you mean 'global'?");
    refused(STUDY + "reducers: [{spec: \"sparse-random-projection:axis=all\", layers: [pooled2]}]\n",
        "reducers[0].layers[0]", "none of the study's layers");
    refused(STUDY.replace("{folds: 4}", "{folds: 33}"),
        "cross-validation.folds (line 5, column 27)", "33 folds", "has 32 stimuli");
    refused(STUDY.replace("[\"cross-decomposition:permutations=10\"]",
        "[\"cross-decomposition:permutations=10\", \"cross-decomposition:permutations=10,folds=4\"]"),
        "metrics[1]", "the same metric as metrics[0]");
    refused(STUDY.replace("cross-validation: {folds: 4}\n", "").replace(
        "[\"cross-decomposition:permutations=10\"]",
        "[\"cross-decomposition:permutations=10,folds=40\"]"), "metrics[0]", "40 folds");
  }

  @Test
  void aLayerThatNoReducerAppliesToIsRefusedNamingBothPlaces() throws IOException {
    refused(STUDY + "reducers: [{spec: \"sparse-random-projection:axis=channel,dim=2\", "
        + "layers: [local]}]\n", "model.layers[1] (line 2, column 43)", "layer pooled",
        "no reducer applies to it", "reducers[0].layers (line 6", "[local]");
    Cli r = dryRun(STUDY + "reducers: [none, {spec: \"sparse-random-projection:axis=channel,"
        + "dim=2\", layers: [local]}]\n");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("cells: 3");
  }

  @Test
  void aDimAtOrAboveItsAxisIsRefusedWithTheAxisSizeAndTheLargestValidDim() throws IOException {
    // local is (3, 4, 4): 3 channels, 16 positions, 48 values.
    String channel = STUDY + "reducers: [{spec: \"sparse-random-projection:axis=channel\", "
        + "dims: [2, 3], layers: [local]}, none]\n";
    refused(channel, "reducers[0].dims[1] (line 6", "dim 3 for layer local",
        "model.layers[0] (line 2, column 36)", "channel axis has 3 values",
        "at most 2 for this layer", "reducer_dim=3");
    refused(STUDY + "reducers: [{spec: \"sparse-random-projection:axis=spatial,dim=16\", "
        + "layers: [local]}, none]\n", "reducers[0]", "spatial axis has 16 values",
        "at most 15");
    refused(STUDY + "reducers: [{spec: \"sparse-random-projection:axis=all\", dims: [100000]}]\n",
        "dim 100000 for layer local", "all axis has 48 values", "at most 47");
    Cli r = dryRun(channel.replace("[2, 3]", "[1, 2]"));
    assertThat(r.exit).as(r.toString()).isZero();
  }

  @Test
  void aMetricOptionContradictingTheStudysCrossValidationIsRefused() throws IOException {
    String both = STUDY.replace("{folds: 4}", "{folds: 4, seed: 0}");
    refused(both.replace("permutations=10", "permutations=10,folds=5"),
        "metrics[0] (line 4", "folds=5", "cross-validation.folds (line 5", "folds: 4");
    refused(both.replace("permutations=10", "permutations=10,seed=7"),
        "metrics[0] (line 4", "seed=7", "cross-validation.seed (line 5", "seed: 0");
    Cli r = dryRun(both.replace("permutations=10", "permutations=10,folds=4,seed=0"));
    assertThat(r.exit).as(r.toString()).isZero();
  }
}
