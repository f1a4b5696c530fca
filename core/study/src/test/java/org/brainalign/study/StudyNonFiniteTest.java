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

/**
 * {@code analysis: {non-finite: drop}} in a study: a feature unit and a voxel holding NaN / +Inf are
 * dropped, said on the log and counted in the cells and study.json; the tables equal those of the
 * same study without the extra columns; the default stops with the option named; and the Gram
 * matrix cached for the dropped features is never reused for the full ones.
 */
class StudyNonFiniteTest extends BuiltInPluginsTest {
  static final String STUDY = """
      name: nonfinite
      model: {spec: "tiny-model%s", layers: [pooled, local]}
      dataset: {spec: "tiny-data:images=40%s", rois: [left, global]}
      metrics: ["cross-decomposition:permutations=20", cka]
      cross-validation: {folds: 4, seed: 1}
      """;
  static final String DIRTY = STUDY.formatted(":nan-column=true", ",nan-voxel=true");
  static final String CLEAN = STUDY.formatted("", "");

  private String run(String yaml, Path out, Path cache) {
    StringWriter log = new StringWriter();
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(yaml, "test.yaml"), host.registry())) {
      new StudyRunner(plan, out, cache, RunContext.quiet(2), new PrintWriter(log, true)).run();
    }
    return log.toString();
  }

  /** A table with the model and dataset specs made equal, so dirty and clean runs compare. */
  private static String table(Path f) throws IOException {
    return Files.readString(f).replace("tiny-model:batch=4,nan-column=true", "tiny-model:batch=4")
        .replace(",nan-voxel=true", "");
  }

  @Test
  @SuppressWarnings("unchecked")
  void dropGivesTheTablesOfTheCleanStudyAndRecordsWhatWent() throws IOException {
    Path clean = dir.resolve("clean");
    run(CLEAN, clean, dir.resolve("cache"));
    Path dropped = dir.resolve("dropped");
    String log = run(DIRTY + "analysis: {non-finite: drop}\n", dropped, dir.resolve("cache"));
    assertThat(log).contains("non-finite: pooled: dropped 1 of 7 columns holding NaN or ±Inf")
        .contains("non-finite: s1 left: dropped 1 of 13 columns")
        .doesNotContain("local: dropped");
    assertThat(table(dropped.resolve("scores.csv")))
        .contains("tiny-model").isEqualTo(table(clean.resolve("scores.csv")));
    assertThat(table(dropped.resolve("spectra.csv"))).isEqualTo(table(clean.resolve("spectra.csv")));
    Map<String, Object> study = JsonFiles.read(dropped.resolve("study.json"));
    Map<?, ?> nf = (Map<?, ?>) study.get("non_finite");
    assertThat(nf.get("policy")).isEqualTo("drop");
    assertThat((List<Object>) nf.get("features")).contains((Object) Map.of("subject", "s1", "layer", "pooled",
        "reducer", "none", "columns", 7, "dropped_columns", 1));
    assertThat((List<Object>) nf.get("responses")).hasSize(4).contains((Object) Map.of("subject", "s2", "roi",
        "global", "columns", 13, "dropped_columns", 1));
    assertThat(((Map<?, ?>) JsonFiles.read(clean.resolve("study.json")).get("non_finite"))
        .get("policy")).isEqualTo("error");
  }

  @Test
  void byDefaultTheStudyStopsNamingTheValueAndTheOption() {
    assertThatThrownBy(() -> run(DIRTY, dir.resolve("error"), dir.resolve("cache")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row")
        .hasMessageContaining("column").hasMessageContaining("'non-finite: drop'");
    assertThatThrownBy(() -> StudyFile.parse(DIRTY + "analysis: {non-finite: skip}\n", "s.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("analysis.non-finite").hasMessageContaining("'skip'");
  }

  @Test
  void theGramOfDroppedFeaturesIsNeverUsedForTheFullOnes() throws IOException {
    Path cache = dir.resolve("cache");
    // The dual route goes through the cached Gram matrix even for 7 units.
    String dual = STUDY.formatted(":nan-column=true", "")
        .replace("permutations=20", "permutations=20,route=dual");
    run(dual + "analysis: {non-finite: drop}\n", dir.resolve("dropped"), cache);
    List<String> grams;
    try (Stream<Path> s = Files.walk(cache)) {
      grams = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pooled.")
          && n.contains(".gram")).filter(n -> n.endsWith(".npy")).toList();
    }
    assertThat(grams).isNotEmpty().allMatch(n -> n.endsWith(".finite.gram.npy"));
    // The same cache in error mode: the NaN is found again, not hidden behind the cached Gram.
    assertThatThrownBy(() -> run(dual, dir.resolve("error"), cache))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("pooled")
        .hasMessageContaining("NaN");
  }
}
