package org.brainalign.study;

import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The message of a merge that finds cells missing or stale (finished from inputs that have changed
 * since): which, why, in which tasks, and how to finish.
 */
final class MissingCells {
  private static final int SHOWN = 10;

  private MissingCells() {}

  /**
   * Throws when some cell is not finished and current, naming the cells, why and the tasks.
   *
   * @param notCurrent cell → {@link Staleness#why}, in grid order
   * @throws InvalidInputException listing them and the commands that make them
   */
  static void refuse(Map<GridCell, String> notCurrent, StudyGraph graph, Path out,
      CellContext context) {
    if (notCurrent.isEmpty()) {
      return;
    }
    Map<GridCell, Integer> taskOf = new HashMap<>();
    graph.cellGroups().forEach(g -> g.cells().forEach(c -> taskOf.put(c, g.index())));
    Map<Integer, List<GridCell>> missing = new TreeMap<>();
    Map<GridCell, String> stale = new LinkedHashMap<>();
    notCurrent.forEach((cell, why) -> {
      missing.computeIfAbsent(taskOf.get(cell), k -> new ArrayList<>()).add(cell);
      if (!why.equals(Staleness.ABSENT)) {
        stale.put(cell, why);
      }
    });
    throw new InvalidInputException(describe(missing, stale, graph, out, context));
  }

  static String describe(Map<Integer, List<GridCell>> missing, Map<GridCell, String> stale,
      StudyGraph graph, Path out, CellContext context) {
    int count = missing.values().stream().mapToInt(List::size).sum();
    StringBuilder sb = new StringBuilder();
    sb.append("merge: ").append(count).append(" of ").append(graph.cells().size())
        .append(" cells are ").append(stale.isEmpty() ? "missing" : stale.size() == count
            ? "stale (their inputs changed since they were computed)"
            : "missing or stale (their inputs changed since they were computed)")
        .append(" in ").append(out.resolve("cells")).append(", from cells task")
        .append(missing.size() == 1 ? " " : "s ")
        .append(missing.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")))
        .append(":");
    int shown = 0;
    for (List<GridCell> cells : missing.values()) {
      for (GridCell c : cells) {
        if (shown++ < SHOWN) {
          sb.append("\n  ").append(c.key(context));
          if (stale.containsKey(c)) {
            sb.append(": ").append(stale.get(c));
          }
        }
      }
    }
    if (count > SHOWN) {
      sb.append("\n  … and ").append(count - SHOWN).append(" more");
    }
    Path study = out.resolve("study.yaml");
    sb.append("\nFinish them with 'brainalign run ").append(study).append(" --out ").append(out)
        .append("' (one process), or task by task: 'brainalign run ").append(study)
        .append(" --out ").append(out).append(" --stage cells --task K' for K in ")
        .append(missing.keySet().stream().map(String::valueOf).collect(Collectors.joining(" ")))
        .append(", or resubmit to SLURM: 'brainalign slurm ").append(study).append(" --out ")
        .append(out).append(" --submit' (only the missing tasks run). Then 'brainalign merge ")
        .append(out).append("'.");
    return sb.toString();
  }
}
