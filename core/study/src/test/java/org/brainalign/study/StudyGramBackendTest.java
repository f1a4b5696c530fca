package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.kind.UnknownExtensionException;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code compute: {gram-backend: torch}} (#8): the torch-compute plugin's backend (CPU libtorch here)
 * computes the cached Gram matrices, in their own {@code .gram-torch-f32.npy} files, recorded in
 * study.json with the device and shown by the dry run; its spectra equal the default (blas, double)
 * within the float32 tolerance of SpectraAgreement.assertFloat32: |Δr_k| ≤ 2e-6 · s_1 / s_k on ranks with
 * s_k ≥ 1e-3 · s_1, |Δs_k| ≤ 1e-6 · s_1.
 */
class StudyGramBackendTest extends BuiltInPluginsTest {
  private static final String TORCH = StudyRunnerTest.STUDY + """
      compute:
        gram-backend: torch
      """;

  @Test
  @SuppressWarnings("unchecked")
  void torchSpectraEqualTheDefaultAndHaveTheirOwnCacheFiles() throws IOException {
    Path d = dir.resolve("blas");
    Path t = dir.resolve("torch");
    run(StudyRunnerTest.STUDY, d);
    assertThat(loggedRun(TORCH, t)).contains("Gram matrices: torch on cpu()");

    Map<String, Object> study = (Map<String, Object>) JsonFiles.read(t.resolve("study.json"))
        .get("study");
    assertThat(study.get("gram_backend")).isEqualTo("torch:device=auto,panel=0");
    assertThat((String) study.get("gram_device")).startsWith("torch on cpu()")
        .contains("PyTorch 2.7.1");
    assertThat(study.get("gram_precision")).isEqualTo("single");
    assertThat((List<String>) study.get("metrics")).first().asString()
        .contains("gram-precision=single");
    Map<String, Object> base = (Map<String, Object>) JsonFiles.read(d.resolve("study.json"))
        .get("study");
    assertThat(base.get("gram_backend")).isEqualTo("blas:precision=double");
    assertThat((String) base.get("gram_device")).contains("dsyrk");

    assertThat(gramFiles(t.resolve("cache"))).isNotEmpty()
        .allMatch(f -> f.endsWith(".gram-torch-f32.npy"));
    assertThat(gramFiles(d.resolve("cache"))).isNotEmpty().allMatch(f -> f.endsWith(".gram.npy"));

    SpectraAgreement.assertFloat32(d.resolve("spectra.csv"), t.resolve("spectra.csv"));
  }

  @Test
  void theDryRunShowsTheBackendItsDeviceAndItsCacheFile() {
    assertThat(dryRun(TORCH)).contains("Gram matrices: single precision, cached as "
        + "<layer>.<digest>.gram-torch-f32.npy").contains("computed by torch on cpu()");
  }

  @Test
  void anUnknownBackendListsTheKnownOnes() {
    assertThatThrownBy(() -> StudyPlan.resolve(StudyFile.parse(StudyRunnerTest.STUDY
        + "compute: {gram-backend: cuda}\n", "s.yaml"), host.registry()))
        .isInstanceOf(UnknownExtensionException.class)
        .hasMessageContaining("unknown gram-backend 'cuda'")
        .hasMessageContaining("known gram-backends: blas, torch");
  }

  @Test
  void aPrecisionTheBackendDoesNotComputeInIsRefused() {
    assertThatThrownBy(() -> StudyPlan.resolve(StudyFile.parse(TORCH
        + "  gram-precision: double\n", "s.yaml"), host.registry()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("compute.gram-precision: 'double'")
        .hasMessageContaining("'torch' computes in 'single'")
        .hasMessageContaining("gram-backend: blas");
  }

  @Test
  void blasTakesTheStudysPrecision() {
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(StudyRunnerTest.STUDY
        + "compute: {gram-backend: blas, gram-precision: single}\n", "s.yaml"), host.registry())) {
      assertThat(plan.gramBackendId()).isEqualTo("blas");
      assertThat(plan.gramPrecision().id()).isEqualTo("single");
      assertThat(plan.gramBackend().describe()).contains("ssyrk");
    }
  }
}
