package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/**
 * A study's reference spectra are part of its task graph: with a permutation null they have a
 * shared dimensionality; task by task they give the tables of a one-process run, byte for byte; a
 * rerun reuses them and recomputes exactly those whose responses changed; bad requests stop before
 * anything runs, with the counts.
 */
class ReferenceStudyTest extends BuiltInPluginsTest {
  private static final String PERMUTED = "cross-decomposition:permutations=100";

  @Test
  void aPermutationNullGivesEachReferenceASharedDimensionality() throws IOException {
    Path out = dir.resolve("study");
    run(ReferenceSpectraGoldenTest.study(ReferenceSpectraGoldenTest.dataset(dir.resolve("d")),
        PERMUTED), out);
    List<String[]> refs = ReferenceSpectraGoldenTest.rows(out.resolve("references.csv"));
    assertThat(refs.subList(1, refs.size())).allSatisfy(r ->
        assertThat(r[9]).as("null quantile").isNotEmpty());
    assertThat(refs.get(1)[10]).as("S1 rank 1 reliable").isEqualTo("true");
    List<String> dims = new ArrayList<>();
    for (String[] s : ReferenceSpectraGoldenTest.rows(out.resolve("scores.csv"))) {
      if (s[3].equals("reference")) {
        dims.add(s[1] + " " + s[11] + " " + s[13]);
      }
    }
    // Four latent dimensions drive every voxel: the brain's own spectrum finds them, no more.
    assertThat(dims).containsExactly("S1 shared_dimensionality 4",
        "S2 shared_dimensionality 4", "S1+S2 shared_dimensionality 4");
  }

  @Test
  void taskByTaskGivesTheTablesOfOneProcess() throws IOException {
    Path data = ReferenceSpectraGoldenTest.dataset(dir.resolve("d"));
    String study = ReferenceSpectraGoldenTest.study(data, PERMUTED);
    Path one = dir.resolve("one");
    run(study, one);
    Path tasks = dir.resolve("tasks");
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(study, "s.yaml"), host.registry())) {
      StudyRunner runner = new StudyRunner(plan, tasks, tasks.resolve("cache"),
          RunContext.quiet(1), new PrintWriter(new StringWriter()));
      runner.writePlan();
      assertThat(runner.graph().size(StudyTask.Stage.CELLS)).as("2 model + 3 reference tasks")
          .isEqualTo(5);
      assertThat(runner.graph().cellsFollowGramOneToOne()).isFalse();
      assertThatThrownBy(runner::merge).isInstanceOf(InvalidInputException.class);
      for (StudyTask.Stage s : List.of(StudyTask.Stage.FEATURES, StudyTask.Stage.GRAM,
          StudyTask.Stage.CELLS)) {
        for (int i = runner.graph().size(s) - 1; i >= 0; i--) {
          if (s != StudyTask.Stage.CELLS || i >= 2) {
            runner.runTask(s, i);
          }
        }
      }
      assertThat(runner.pending(StudyTask.Stage.CELLS)).containsExactly(0, 1);
      assertThatThrownBy(runner::merge).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("merge: 2 of 2 cells are missing");
      runner.runTask(StudyTask.Stage.CELLS, 0);
      runner.runTask(StudyTask.Stage.CELLS, 1);
      assertThat(runner.pending(StudyTask.Stage.CELLS)).isEmpty();
      runner.merge();
    }
    for (String f : List.of("references.csv", "scores.csv", "spectra.csv")) {
      assertThat(tasks.resolve(f)).as(f).hasSameBinaryContentAs(one.resolve(f));
    }
  }

  @Test
  void aRerunRecomputesExactlyTheReferencesWhoseResponsesChanged() throws IOException {
    Path data = ReferenceSpectraGoldenTest.dataset(dir.resolve("d"));
    String study = ReferenceSpectraGoldenTest.study(data, "cross-decomposition");
    Path out = dir.resolve("study");
    run(study, out);
    Map<String, FileTime> before = summaries(out);
    assertThat(before).hasSize(3);
    String log = loggedRun(study, out);
    assertThat(summaries(out)).as("a rerun reuses every reference").isEqualTo(before);
    assertThat(log).doesNotContain("reference: ");
    Path betas = data.resolve("S2/betas.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(betas));
    lines.set(0, lines.get(0).replaceFirst("^[^,]+", "7.5"));
    Files.write(betas, lines);
    log = loggedRun(study, out);
    Map<String, FileTime> after = summaries(out);
    List<String> recomputed = new ArrayList<>();
    after.forEach((k, t) -> {
      if (!t.equals(before.get(k))) {
        recomputed.add(k.substring(0, k.lastIndexOf('_')));
      }
    });
    assertThat(recomputed).containsExactly("between-subject_S1-S2_V1", "within-subject_S2_V1");
    assertThat(log).contains("no longer current (the responses changed)");
  }

  private static Map<String, FileTime> summaries(Path out) throws IOException {
    Map<String, FileTime> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(out.resolve("references"))) {
      for (Path p : (Iterable<Path>) s::iterator) {
        m.put(p.getFileName().toString(), Files.getLastModifiedTime(p.resolve("summary.json")));
      }
    }
    return m;
  }

  @Test
  void aDatasetWithoutRepeatedPresentationsIsRefusedNamingTheOption() {
    String study = """
        model: {spec: tiny-model, layers: [local]}
        dataset: {spec: "tiny-data:images=40"}
        references: [within-subject]
        """;
    assertThatThrownBy(() -> run(study, dir.resolve("o"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("s.yaml: references")
        .hasMessageContaining("dataset 'tiny-data' does not expose repeated presentations")
        .hasMessageContaining("repetitions=separate");
  }

  @Test
  void betweenSubjectNeedsTwoSubjects() throws IOException {
    String study = ReferenceSpectraGoldenTest.study(ReferenceSpectraGoldenTest.dataset(
        dir.resolve("d")), "cross-decomposition").replace("subjects: all", "subjects: [S1]");
    assertThatThrownBy(() -> run(study, dir.resolve("o"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("between-subject references need at least 2 subjects, but the "
            + "study has 1 (S1)");
  }

  @Test
  void aPairSharingFewerRepeatedStimuliThanFoldsIsRefusedWithTheCounts() throws IOException {
    Path out = dir.resolve("o");
    String study = ReferenceSpectraGoldenTest.study(ReferenceSpectraGoldenTest.dataset(
        dir.resolve("d")), "cross-decomposition").replace("folds: 3", "folds: 20");
    assertThatThrownBy(() -> run(study, out)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("between-subject reference of S1 and S2: they share 18 stimuli "
            + "shown at least twice to both (S1: 24, S2: 24), fewer than the 20 folds");
    assertThat(out.resolve("references")).doesNotExist();
  }

  @Test
  void aSubjectWithoutRepeatsIsRefused() throws IOException {
    Path data = ReferenceSpectraGoldenTest.dataset(dir.resolve("d"));
    // S2 sees every stimulus once: keep the first presentation of each.
    List<String> trials = Files.readAllLines(data.resolve("S2/trials.csv"));
    List<String> betas = Files.readAllLines(data.resolve("S2/betas.csv"));
    List<String> keepTrials = new ArrayList<>(List.of(trials.get(0)));
    List<String> keepBetas = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 1; i < trials.size(); i++) {
      if (seen.add(trials.get(i).split(",")[0])) {
        keepTrials.add(trials.get(i));
        keepBetas.add(betas.get(i - 1));
      }
    }
    Files.write(data.resolve("S2/trials.csv"), keepTrials);
    Files.write(data.resolve("S2/betas.csv"), keepBetas);
    String study = ReferenceSpectraGoldenTest.study(data, "cross-decomposition")
        .replace("[within-subject, between-subject]", "[within-subject]");
    assertThatThrownBy(() -> run(study, dir.resolve("o"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("within-subject reference of S2: 0 of its 24 stimuli are shown at "
            + "least twice (24 presentations in dataset 'folder')")
        .hasMessageContaining("no repeated presentations");
  }
}
