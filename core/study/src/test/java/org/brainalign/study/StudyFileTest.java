package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.ExtensionSpec;
import org.brainalign.study.nonfinite.NonFinitePolicy;
import org.junit.jupiter.api.Test;

/**
 * Study files are strict: one misspelled key at every level, a wrong type, an empty list or an entry
 * listed twice stops the parse with the file, line and column, the key, the valid keys there and the
 * nearest one; nothing falls back to a default silently.
 */
class StudyFileTest {
  /** Every section of a study file, each key written once (lines numbered from 1). */
  static final String FULL = """
      name: full
      model:
        spec: tiny-model
        layers: [local, pooled]
      dataset:
        spec: tiny-data:images=40
        subjects: [s1, s2]
        rois: [left, global]
      reducers:
        - none
        - spec: sparse-random-projection:axis=all
          dims: [4, 8]
          layers: [local]
      metrics:
        - cross-decomposition:permutations=50
        - cka
      cross-validation:
        folds: 4
        seed: 1
      analysis:
        slope-ranks: [1, 20]
        non-finite: drop
      compute:
        gram-precision: single
        gram-backend: blas
        eigen-backend: lapack
      """;

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(String yaml) {
    return assertThatThrownBy(() -> StudyFile.parse(yaml, "s.yaml"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("s.yaml: ");
  }

  /** {@link #FULL} with one line replaced. */
  private static String with(String line, String replacement) {
    assertThat(FULL).contains(line);
    return FULL.replace(line, replacement);
  }

  @Test
  void theFullFileBindsEverySection() {
    StudyFile f = StudyFile.parse(FULL, "s.yaml");
    assertThat(f.name()).isEqualTo("full");
    assertThat(f.model().layers()).containsExactly("local", "pooled");
    assertThat(f.dataset().subjects()).containsExactly("s1", "s2");
    assertThat(f.dataset().rois()).containsExactly("left", "global");
    assertThat(f.reducers()).hasSize(2);
    assertThat(f.reducers().get(1).dims()).containsExactly(4L, 8L);
    assertThat(f.reducers().get(1).layers()).containsExactly("local");
    assertThat(f.metrics()).extracting(ExtensionSpec::toString)
        .containsExactly("cross-decomposition:permutations=50", "cka");
    assertThat(f.folds()).isEqualTo(4);
    assertThat(f.seed()).isEqualTo(1L);
    assertThat(f.slopeRanks()).containsExactly(1, 20);
    assertThat(f.nonFinite()).isEqualTo(NonFinitePolicy.DROP);
    assertThat(f.gramPrecision()).isEqualTo("single");
    assertThat(f.gramBackend()).hasToString("blas");
    assertThat(f.eigenBackend()).hasToString("lapack");
    assertThat(f.at("model.layers[1]")).isEqualTo("s.yaml: model.layers[1] (line 4, column 19)");
    assertThat(f.at("cross-validation.folds")).isEqualTo(
        "s.yaml: cross-validation.folds (line 18, column 10)");
  }

  @Test
  void defaultsOnlyWhereTheKeyIsAbsent() {
    StudyFile f = StudyFile.parse("model: {spec: m}\ndataset: {spec: d}\n", "s.yaml");
    assertThat(f.model().layers()).containsExactly("all");
    assertThat(f.dataset().subjects()).containsExactly("all");
    assertThat(f.dataset().rois()).containsExactly("all");
    assertThat(f.reducers()).extracting(r -> r.spec().toString()).containsExactly("none");
    assertThat(f.metrics()).extracting(ExtensionSpec::toString)
        .containsExactly("cross-decomposition");
    assertThat(f.folds()).isNull();
    assertThat(f.nonFinite()).isEqualTo(NonFinitePolicy.ERROR);
    assertThat(f.slopeRanks()).containsExactly(1, 100);
    assertThat(f.at("model.layers")).contains("not in the file");
  }

  @Test
  void aMisspelledTopLevelKey() {
    refused(FULL + "metric: [cka]\n").hasMessageContaining("(line 27, column 1)")
        .hasMessageContaining("unknown key 'metric'")
        .hasMessageContaining("valid keys at the top level: name, model, dataset, reducers, "
            + "metrics, cross-validation, analysis, compute")
        .hasMessageContaining("Did you mean 'metrics'?");
  }

  @Test
  void aMisspelledModelLayer() {
    refused(with("  layers: [local, pooled]", "  layer: [local, pooled]"))
        .hasMessageContaining("s.yaml: model.layer (line 4, column 3): unknown key 'model.layer'")
        .hasMessageContaining("valid keys under 'model': spec, layers")
        .hasMessageContaining("Did you mean 'layers'?");
  }

  @Test
  void aMisspelledDatasetSubject() {
    refused(with("  subjects: [s1, s2]", "  subject: [s1, s2]"))
        .hasMessageContaining("line 7, column 3").hasMessageContaining("'dataset.subject'")
        .hasMessageContaining("spec, subjects, rois").hasMessageContaining("'subjects'?");
  }

  @Test
  void aMisspelledDatasetRoi() {
    refused(with("  rois: [left, global]", "  roi: [left, global]"))
        .hasMessageContaining("line 8, column 3").hasMessageContaining("'dataset.roi'")
        .hasMessageContaining("Did you mean 'rois'?");
  }

  @Test
  void aMisspelledReducerDim() {
    refused(with("    dims: [4, 8]", "    dim: [4, 8]"))
        .hasMessageContaining("line 12, column 5").hasMessageContaining("'reducers[1].dim'")
        .hasMessageContaining("valid keys under 'reducers[1]': spec, dims, layers")
        .hasMessageContaining("Did you mean 'dims'?");
  }

  @Test
  void aMisspelledCrossValidationFold() {
    refused(with("  folds: 4", "  fold: 4"))
        .hasMessageContaining("line 18, column 3")
        .hasMessageContaining("unknown key 'cross-validation.fold'")
        .hasMessageContaining("folds, seed").hasMessageContaining("Did you mean 'folds'?");
  }

  @Test
  void aMisspelledAnalysisNonFinite() {
    refused(with("  non-finite: drop", "  nonfinite: drop"))
        .hasMessageContaining("line 22, column 3")
        .hasMessageContaining("unknown key 'analysis.nonfinite'")
        .hasMessageContaining("slope-ranks, non-finite")
        .hasMessageContaining("Did you mean 'non-finite'?");
    refused(with("  slope-ranks: [1, 20]", "  slope-rank: [1, 20]"))
        .hasMessageContaining("Did you mean 'slope-ranks'?");
  }

  @Test
  void aMisspelledComputeKey() {
    refused(with("  gram-precision: single", "  gram-precison: single"))
        .hasMessageContaining("line 24, column 3")
        .hasMessageContaining("unknown key 'compute.gram-precison'")
        .hasMessageContaining("gram-precision, gram-backend, eigen-backend")
        .hasMessageContaining("Did you mean 'gram-precision'?");
    refused(with("  gram-backend: blas", "  gram-backed: blas"))
        .hasMessageContaining("Did you mean 'gram-backend'?");
    refused(with("  eigen-backend: lapack", "  eigen_backend: lapack"))
        .hasMessageContaining("Did you mean 'eigen-backend'?");
  }

  @Test
  void aMisspelledKeyOfAnExtensionMapping() {
    refused(with("  spec: tiny-model", "  spec: {id: tiny-model, option: {units: 3}}"))
        .hasMessageContaining("unknown key 'model.spec.option'")
        .hasMessageContaining("id, options").hasMessageContaining("Did you mean 'options'?");
  }

  @Test
  void aKeyFarFromEveryValidOneGetsNoGuess() {
    refused(FULL + "colour: red\n").hasMessageContaining("unknown key 'colour'")
        .hasMessageNotContaining("Did you mean");
  }

  @Test
  void wrongTypesNameTheKeyAndWhatWasFound() {
    refused(with("model:\n  spec: tiny-model\n  layers: [local, pooled]\n", "model: tiny-model\n"))
        .hasMessageContaining("s.yaml: model (line 2, column 8): expected a mapping")
        .hasMessageContaining("found 'tiny-model'");
    refused(with("  folds: 4", "  folds: three"))
        .hasMessageContaining("cross-validation.folds (line 18, column 10): expected a whole "
            + "number, found 'three'");
    refused(with("  seed: 1", "  seed: 1.5")).hasMessageContaining("cross-validation.seed")
        .hasMessageContaining("expected a whole number, found '1.5'");
    refused(with("    dims: [4, 8]", "    dims: [4, eight]"))
        .hasMessageContaining("reducers[1].dims[1]").hasMessageContaining("'eight'");
    refused(with("  layers: [local, pooled]", "  layers: {local: 1}"))
        .hasMessageContaining("model.layers").hasMessageContaining("expected a single value, "
            + "found a mapping");
    refused(with("name: full", "name: [a, b]")).hasMessageContaining("name (line 1, column 7)")
        .hasMessageContaining("expected a single value, found a list");
    refused(with("  non-finite: drop", "  non-finite: [drop]"))
        .hasMessageContaining("analysis.non-finite").hasMessageContaining("found a list");
    refused(with("  slope-ranks: [1, 20]", "  slope-ranks: 5"))
        .hasMessageContaining("analysis.slope-ranks").hasMessageContaining("found [5]");
    refused(with("  gram-precision: single", "  gram-precision: 2"))
        .hasMessageContaining("compute.gram-precision").hasMessageContaining("found '2'");
    refused(with("cross-validation:\n  folds: 4\n  seed: 1\n", "cross-validation: 4\n"))
        .hasMessageContaining("cross-validation (line 17").hasMessageContaining("expected a mapping");
    refused(with("  - cka", "  - [cka]")).hasMessageContaining("metrics[1]")
        .hasMessageContaining("found a list");
    refused(with("  folds: 4", "  folds:")).hasMessageContaining("cross-validation.folds")
        .hasMessageContaining("found nothing");
    refused(with("  folds: 4", "  folds: 1")).hasMessageContaining("at least 2 folds, found 1");
  }

  @Test
  void emptyListsAreRefused() {
    refused(with("  layers: [local, pooled]", "  layers: []"))
        .hasMessageContaining("model.layers").hasMessageContaining("at least one layer");
    refused(with("  subjects: [s1, s2]", "  subjects: []"))
        .hasMessageContaining("at least one subject");
    refused(with("  rois: [left, global]", "  rois: []")).hasMessageContaining("at least one ROI");
    refused(with("    dims: [4, 8]", "    dims: []")).hasMessageContaining("at least one dim");
    refused(with("    layers: [local]", "    layers: []"))
        .hasMessageContaining("reducers[1].layers");
    refused(FULL.replace("metrics:\n  - cross-decomposition:permutations=50\n  - cka\n",
        "metrics: []\n")).hasMessageContaining("at least one metric");
  }

  @Test
  void entriesListedTwiceAreRefused() {
    refused(with("  - cka", "  - cka\n  - cka")).hasMessageContaining("metrics[2]")
        .hasMessageContaining("metric 'cka' is listed twice (first at s.yaml: metrics[1]");
    refused(with("  - cka", "  - {id: cka}")
        .replace("  - cross-decomposition:permutations=50", "  - cka"))
        .hasMessageContaining("metric 'cka' is listed twice");
    refused(with("  layers: [local, pooled]", "  layers: [local, local]"))
        .hasMessageContaining("model.layers[1]").hasMessageContaining("layer 'local'");
    refused(with("  subjects: [s1, s2]", "  subjects: [s1, s1]"))
        .hasMessageContaining("subject 's1' is listed twice");
    refused(with("  rois: [left, global]", "  rois: [left, left]"))
        .hasMessageContaining("ROI 'left' is listed twice");
    refused(with("    dims: [4, 8]", "    dims: [4, 4]")).hasMessageContaining("dim '4'");
    refused(with("  - none", "  - none\n  - none")).hasMessageContaining("reducers[1]")
        .hasMessageContaining("listed twice");
  }

  @Test
  void keysWrittenTwiceAreRefused() {
    refused(FULL + "name: again\n").hasMessageContaining("line 27, column 1")
        .hasMessageContaining("key 'name' is written twice (first at s.yaml: name (line 1");
    refused(with("  spec: tiny-model", "  spec: tiny-model\n  spec: other"))
        .hasMessageContaining("key 'model.spec' is written twice");
    refused(with("  spec: tiny-data:images=40",
        "  spec: {id: tiny-data, options: {images: 40, images: 41}}"))
        .hasMessageContaining("option 'images' is written twice");
  }

  @Test
  void missingKeysAndMalformedFiles() {
    refused("model: {spec: m}\n").hasMessageContaining("missing 'dataset'");
    refused("model: {layers: [a]}\ndataset: {spec: d}\n").hasMessageContaining("missing 'model.spec'");
    refused("").hasMessageContaining("an empty file");
    refused("model: [\n").hasMessageContaining("not valid YAML").hasMessageContaining("line 2");
    refused("- a\n- b\n").hasMessageContaining("expected a mapping");
    refused(with("    dims: [4, 8]", "    dims: [4, 8]\n  - spec: none\n    dims: [2]"))
        .hasMessageContaining("'none' has no dim to sweep");
    refused(with("  - spec: sparse-random-projection:axis=all",
        "  - spec: sparse-random-projection:axis=all,dim=3"))
        .hasMessageContaining("sets dim and dims sweeps it");
  }

  @Test
  void aSingleValueStandsForAListOfOneAndScalarsKeepTheirYamlValues() {
    StudyFile f = StudyFile.parse("model: {spec: m, layers: local}\n"
        + "dataset: {spec: {id: d, options: {weights: 0.10, list: [1, 2]}}, subjects: [1, 02]}\n"
        + "metrics: cka\n", "s.yaml");
    assertThat(f.model().layers()).containsExactly("local");
    assertThat(f.metrics()).extracting(ExtensionSpec::toString).containsExactly("cka");
    assertThat(f.at("metrics[0]")).isEqualTo("s.yaml: metrics (line 3, column 10)");
    assertThat(f.dataset().subjects()).containsExactly("1", "2");
    assertThat(f.dataset().spec()).hasToString("d:weights=0.1,list=[1,2]");
  }
}
