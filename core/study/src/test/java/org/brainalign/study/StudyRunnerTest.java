package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.run.RunContext;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;

/** The study runner end to end on a tiny model and dataset: outputs, resumption, cache keys. */
class StudyRunnerTest extends BuiltInPluginsTest {
  /** {@link StudyFileTest#FULL} on every layer and subject, without the optional sections. */
  static final String STUDY = StudyFileTest.FULL
      .substring(0, StudyFileTest.FULL.indexOf("analysis:")).replace("name: full", "name: tiny")
      .replace("layers: [local, pooled]", "layers: [all]")
      .replace("subjects: [s1, s2]", "subjects: all");

  @Test
  void writesTidyTablesWithOneRowPerCellAndRank() throws IOException {
    Path out = dir.resolve("study");
    StudyRunner.Outcome o = run(STUDY, out);
    // 2 subjects × 2 ROIs × (2 layers unreduced + 2 reduced local) × 2 metrics
    assertThat(o.cells()).isEqualTo(2 * 2 * 4 * 2);
    assertThat(o.computed()).isEqualTo(o.cells());
    List<String> scores = Files.readAllLines(out.resolve("scores.csv"));
    assertThat(scores).hasSize(1 + o.cells());
    assertThat(scores.get(0)).startsWith("dataset,subject,roi,model,layer,layer_index,reducer,"
        + "reducer_axis,reducer_dim,metric,score");
    List<String> spectra = Files.readAllLines(out.resolve("spectra.csv"));
    assertThat(spectra.size()).isGreaterThan(o.cells() / 2);
    assertThat(spectra.stream().skip(1)).allMatch(l -> l.contains("cross-decomposition"));
    Map<String, Object> study = JsonFiles.read(out.resolve("study.json"));
    assertThat(study.get("name")).isEqualTo("tiny");
    assertThat(study.get("study_file")).isEqualTo(STUDY);
    @SuppressWarnings("unchecked")
    List<String> metrics = (List<String>) ((Map<String, Object>) study.get("study")).get("metrics");
    assertThat(metrics.get(0)).contains("folds=4").contains("seed=1");
  }

  @Test
  void studyJsonTheCompletionMarkerIsWrittenAfterTheReport() {
    Path out = dir.resolve("study");
    List<String> seen = new java.util.ArrayList<>();
    StudyRunner.Report stopped = studyJson -> {
      seen.add("tables " + Files.isRegularFile(out.resolve("scores.csv")) + ", staged "
          + Files.isRegularFile(studyJson) + ", study.json "
          + Files.exists(out.resolve("study.json")));
      throw new IllegalStateException("stopped while rendering the report");
    };
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(STUDY, "test.yaml"), host.registry())) {
      StudyRunner runner = new StudyRunner(plan, out, out.resolve("cache"), RunContext.quiet(2),
          new PrintWriter(new StringWriter()), stopped);
      assertThatThrownBy(runner::run).hasMessageContaining("stopped while rendering");
    }
    assertThat(seen).containsExactly("tables true, staged true, study.json false");
    // As after a SIGTERM while the report renders: no completion marker, so nothing looks done.
    assertThat(out.resolve("study.json")).doesNotExist();
    run(STUDY, out);
    assertThat(out.resolve("study.json")).isRegularFile();
    assertThat(out.resolve("study.json.partial")).doesNotExist();
    // A merge over a finished folder does not leave the earlier marker vouching for it meanwhile.
    List<Boolean> markerWhileRendering = new java.util.ArrayList<>();
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(STUDY, "test.yaml"), host.registry())) {
      new StudyRunner(plan, out, out.resolve("cache"), RunContext.quiet(2),
          new PrintWriter(new StringWriter()),
          studyJson -> markerWhileRendering.add(Files.exists(out.resolve("study.json")))).merge();
    }
    assertThat(markerWhileRendering).containsExactly(false);
    assertThat(out.resolve("study.json")).isRegularFile();
  }

  @Test
  void anInterruptedRunResumesToTheSameTables() throws IOException {
    Path a = dir.resolve("a");
    run(STUDY, a);
    Path b = dir.resolve("b");
    run(STUDY, b);
    // Simulate an interruption: drop some finished cells, leave a half-written one and an
    // incomplete feature entry, remove the tables.
    List<Path> cells;
    try (Stream<Path> s = Files.list(b.resolve("cells"))) {
      cells = s.sorted().toList();
    }
    for (Path c : cells.subList(0, 5)) {
      CellOutput.deleteTree(c);
    }
    Files.createDirectories(b.resolve("cells").resolve(cells.get(0).getFileName() + ".partial"));
    Path someEntry;
    try (Stream<Path> s = Files.list(b.resolve("cache"))) {
      someEntry = s.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
    }
    Files.delete(someEntry.resolve("manifest.json"));
    Files.delete(b.resolve("spectra.csv"));
    Files.delete(b.resolve("scores.csv"));
    StudyRunner.Outcome o = run(STUDY, b);
    assertThat(o.computed()).isEqualTo(5);
    assertThat(o.resumed()).isEqualTo(o.cells() - 5);
    assertThat(Files.readAllBytes(b.resolve("spectra.csv")))
        .isEqualTo(Files.readAllBytes(a.resolve("spectra.csv")));
    assertThat(Files.readAllBytes(b.resolve("scores.csv")))
        .isEqualTo(Files.readAllBytes(a.resolve("scores.csv")));
  }

  @Test
  void aChangedOptionNeverReusesAStaleCacheOrCell() {
    Path out = dir.resolve("c");
    run(STUDY, out);
    StudyRunner.Outcome o = run(STUDY.replace("tiny-data:images=40", "tiny-data:images=40,seed=3"),
        out);
    assertThat(o.resumed()).isZero();
    assertThat(o.computed()).isEqualTo(o.cells());
  }

  @Test
  void unknownLayerAndBadKeysAreClearErrors() {
    assertThatThrownBy(() -> run(STUDY.replace("layers: [all]", "layers: [layer9]"), dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("layer9").hasMessageContaining("local pooled");
    assertThatThrownBy(() -> StudyFile.parse(STUDY + "colour: red\n", "s.yaml"))
        .hasMessageContaining("unknown key 'colour'");
    assertThatThrownBy(() -> StudyFile.parse("model: {spec: tiny-model}\n", "s.yaml"))
        .hasMessageContaining("missing 'dataset'");
  }
}
