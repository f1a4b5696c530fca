package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code compute: {eigen-backend: torch}} (#8): the torch-compute plugin's eigensolver (CPU libtorch
 * here) decomposes every fold's K_tr; spectra equal the default (lapack) to 1e-9 (ranks with
 * s_k > 1e-6 s_1), the choice is logged and recorded in study.json, and it is part of the cell key:
 * run into the folder of a lapack study, every cell is computed again, none resumed.
 */
class StudyEigenBackendTest extends BuiltInPluginsTest {
  private static final String TORCH = StudyRunnerTest.STUDY + """
      compute:
        eigen-backend: torch
      """;

  @Test
  @SuppressWarnings("unchecked")
  void torchSpectraEqualLapackAndTheChoiceIsRecordedAndKeyed() throws IOException {
    Path d = dir.resolve("study");
    StringWriter lapackLog = new StringWriter();
    run(StudyRunnerTest.STUDY, d, lapackLog);
    assertThat(lapackLog.toString()).contains("Eigendecompositions: lapack");
    Path lapack = Files.copy(d.resolve("spectra.csv"), dir.resolve("lapack-spectra.csv"));
    Map<String, Object> base = (Map<String, Object>) JsonFiles.read(d.resolve("study.json"))
        .get("study");
    assertThat(base.get("eigen_backend")).isEqualTo("lapack");

    StringWriter torchLog = new StringWriter();
    StudyRunner.Outcome t = run(TORCH, d, torchLog);
    assertThat(torchLog.toString()).contains("Eigendecompositions: torch eigh on cpu()");
    assertThat(t.resumed()).as("cells keyed apart from the lapack ones").isZero();
    assertThat(t.computed()).isEqualTo(t.cells());
    Map<String, Object> study = (Map<String, Object>) JsonFiles.read(d.resolve("study.json"))
        .get("study");
    assertThat(study.get("eigen_backend")).isEqualTo("torch:device=auto");
    assertThat((String) study.get("eigen_device")).startsWith("torch eigh on cpu()")
        .contains("PyTorch 2.7.1");
    try (Stream<Path> s = Files.walk(d.resolve("cells"))) {
      assertThat(s.filter(f -> f.getFileName().toString().equals("summary.json"))
          .map(f -> JsonFiles.read(f).toString()))
          .as("some cell on the dual route").anyMatch(j -> j.contains("route_x=dual"));
    }

    SpectraAgreement.assertAgree(lapack, d.resolve("spectra.csv"), 1e-9, 1e-6, (s1, sk) -> 1e-9);
  }

}
