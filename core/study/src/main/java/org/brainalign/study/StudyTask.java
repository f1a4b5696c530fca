package org.brainalign.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;

/**
 * One task of a study's graph, as {@code tasks.json} lists it: its stage, its index within the stage
 * (stable: the same study gives the same indices however much of it is done), what it reads and
 * writes, and rough estimates of its peak memory, disk written and run time.
 *
 * @param stage the stage
 * @param index 0-based index within the stage ({@code SLURM_ARRAY_TASK_ID})
 * @param name readable, e.g. {@code cells 3: subj01 layer2 none}
 * @param inputs tasks ({@code stage:index}) whose outputs it reads
 * @param outputs the files or folders it publishes
 * @param memoryBytes estimated peak memory (heap plus native), bytes
 * @param diskBytes estimated bytes it writes
 * @param seconds estimated wall time on one 2-core node, seconds
 */
public record StudyTask(Stage stage, int index, String name, List<String> inputs,
    List<String> outputs, long memoryBytes, long diskBytes, double seconds) {

  /** The stages, in the order they run. */
  public enum Stage {
    /** One forward pass per model × stimulus set, writing every layer and reducer it needs. */
    FEATURES,
    /** One cached centred Gram matrix per feature entry (only where features are wider than tall). */
    GRAM,
    /** One subject × layer × reducer: every ROI and metric of that entry, sharing one X. */
    CELLS,
    /** Computes nothing: checks every cell is there, writes the tables, study.json and report. */
    MERGE;

    /** Lower-case, as on the command line. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stage named {@code id}, or a clear error listing the stages. */
    public static Stage of(String id) {
      for (Stage s : values()) {
        if (s.id().equals(id)) {
          return s;
        }
      }
      throw new InvalidInputException("--stage: unknown stage '" + id + "'. Expected one of "
          + "features, gram, cells, merge (in that order).");
    }
  }

  public StudyTask {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** {@code stage:index}, how other tasks name it. */
  public String ref() {
    return stage.id() + ":" + index;
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", stage.id());
    m.put("index", index);
    m.put("name", name);
    m.put("inputs", inputs);
    m.put("outputs", outputs);
    m.put("memory_bytes", memoryBytes);
    m.put("disk_bytes", diskBytes);
    m.put("seconds", Math.round(seconds * 10) / 10.0);
    return m;
  }
}
