package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code compute: {gram-precision: single}} in a study file (#8): recorded in study.json, given to
 * the metrics that have the option, cached in its own {@code .gram-f32.npy} files, shown by the
 * dry run, and giving the double-precision spectra within the float32 tolerance of
 * GramPrecisionTest in cross-decomposition: |Δr_k| ≤ 2e-6 · s_1 / s_k on ranks with
 * s_k ≥ 1e-3 · s_1, |Δs_k| ≤ 1e-6 · s_1.
 */
class StudyGramPrecisionTest extends BuiltInPluginsTest {
  private static final String SINGLE = StudyRunnerTest.STUDY + """
      compute:
        gram-precision: single
      """;

  @Test
  @SuppressWarnings("unchecked")
  void singlePrecisionGramsAgreeWithDoubleAndHaveTheirOwnCacheFiles() throws IOException {
    Path d = dir.resolve("double");
    Path s = dir.resolve("single");
    run(StudyRunnerTest.STUDY, d);
    run(SINGLE, s);

    Map<String, Object> study = (Map<String, Object>) JsonFiles.read(s.resolve("study.json"))
        .get("study");
    assertThat(study.get("gram_precision")).isEqualTo("single");
    assertThat((List<String>) study.get("metrics")).first().asString()
        .contains("gram-precision=single");
    assertThat(((Map<String, Object>) JsonFiles.read(d.resolve("study.json")).get("study"))
        .get("gram_precision")).isEqualTo("double");

    assertThat(gramFiles(s.resolve("cache"))).isNotEmpty()
        .allMatch(f -> f.endsWith(".gram-f32.npy"));
    assertThat(gramFiles(d.resolve("cache"))).isNotEmpty()
        .allMatch(f -> f.endsWith(".gram.npy"));

    SpectraAgreement.assertFloat32(d.resolve("spectra.csv"), s.resolve("spectra.csv"));
  }

  @Test
  void theDryRunShowsThePrecision() {
    assertThat(dryRun(SINGLE)).contains("Gram matrices: single precision")
        .contains(".gram-f32.npy");
  }

  @Test
  void aBadPrecisionOrKeyIsRefusedWithTheValidOnes() {
    assertThatThrownBy(() -> StudyFile.parse(StudyRunnerTest.STUDY
        + "compute: {gram-precision: half}\n", "s.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("s.yaml: compute.gram-precision").hasMessageContaining("'half'")
        .hasMessageContaining("'single'");
    assertThatThrownBy(() -> StudyFile.parse(StudyRunnerTest.STUDY
        + "compute: {precision: single}\n", "s.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown key 'compute.precision'")
        .hasMessageContaining("gram-precision");
  }
}
