package org.brainalign.study;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Whether a finished cell is still what the study's inputs give: its folder is complete and the
 * inputs it recorded ({@link CellInputs}) are the ones the study reads now. One place decides it
 * for a run, a task, the planning of tasks and the merge.
 */
final class Staleness {
  /** What {@link #why} says of a cell never written. */
  static final String ABSENT = "absent";
  private final StudyPlan plan;
  private final FeatureCache store;
  private final InputFingerprints inputs;
  private final Supplier<StudyGraph> graph;

  Staleness(StudyPlan plan, FeatureCache store, InputFingerprints inputs,
      Supplier<StudyGraph> graph) {
    this.plan = plan;
    this.store = store;
    this.inputs = inputs;
    this.graph = graph;
  }

  /** The fingerprints of the study's inputs. */
  InputFingerprints inputs() {
    return inputs;
  }

  /** The stimulus fingerprint of the images an entry is extracted from. */
  StimulusFingerprint stimuli(StudyGraph.Entry e) {
    return inputs.stimuli(graph.get().features().get(e.featureTask()).images());
  }

  /**
   * The responses fingerprint of a subject's ROI when the dataset names its files (no reading),
   * else null.
   */
  String namedResponses(String subject, String roi) {
    return inputs.responses(plan.dataset.extension(), subject, roi, null);
  }

  /** The inputs a cell of entry {@code e} reads now, given its responses' fingerprint (or null). */
  CellInputs expected(StudyGraph.Entry e, String responses) {
    return new CellInputs(e.key().folder(), stimuli(e).digest(),
        store.recordedDigest(e.key(), e.target().layer().name()), responses);
  }

  /**
   * Why a cell must be computed: {@link #ABSENT} when it was never finished, what changed when it
   * is stale, null when it is current.
   */
  static String why(Path cells, CellKey key, CellInputs expected) {
    if (!CellOutput.complete(cells, key)) {
      return ABSENT;
    }
    List<String> changes = expected.changesSince(CellInputs.read(key.in(cells)));
    return changes.isEmpty() ? null : String.join("; ", changes);
  }

  /** Whether every cell of a group is finished and current (responses compared where named). */
  boolean current(Path cells, StudyGraph.CellGroup g) {
    return notCurrent(cells, List.of(g), this::namedResponses).isEmpty();
  }

  /**
   * The cells of {@code groups} that are not finished and current, each with {@link #why}, in grid
   * order. The entry's inputs are read once per group.
   *
   * @param responses the fingerprint of a subject's ROI responses (or null where unknown)
   */
  Map<GridCell, String> notCurrent(Path cells, List<StudyGraph.CellGroup> groups,
      BiFunction<String, String, String> responses) {
    Map<GridCell, String> out = new LinkedHashMap<>();
    CellContext context = plan.context();
    for (StudyGraph.CellGroup g : groups) {
      CellInputs base = expected(g.entry(), null);
      for (GridCell c : g.cells()) {
        String why = why(cells, c.key(context),
            base.withResponses(responses.apply(c.subject(), c.roi())));
        if (why != null) {
          out.put(c, why);
        }
      }
    }
    return out;
  }
}
