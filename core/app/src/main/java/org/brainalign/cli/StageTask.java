package org.brainalign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.report.StudyReport;
import org.brainalign.study.StudyRunner;
import org.brainalign.study.StudyTask;

/**
 * {@code run --stage S [--task K]}: one task of a study's graph. The index comes from
 * {@code --task}, else {@code SLURM_ARRAY_TASK_ID} (a SLURM job array), else
 * {@code JOB_COMPLETION_INDEX} (a Kubernetes Indexed Job: the same seam, untested).
 */
final class StageTask {
  static final String SLURM_INDEX = "SLURM_ARRAY_TASK_ID";
  static final String KUBERNETES_INDEX = "JOB_COMPLETION_INDEX";

  private StageTask() {}

  static int run(StudyRunner runner, String stageId, Integer task, Map<String, String> env,
      Path out, PrintWriter stdout) {
    if (stageId == null) {
      throw new InvalidInputException("--task needs --stage: one of features, gram, cells, merge");
    }
    StudyTask.Stage stage = StudyTask.Stage.of(stageId);
    int index = task != null ? task : index(env, stage, runner);
    StudyRunner.Outcome o = runner.runTask(stage, index);
    if (stage == StudyTask.Stage.MERGE) {
      stdout.printf("merge done: %d cells; results in %s, report %s%n", o.cells(), out,
          out.resolve(StudyReport.HTML));
    } else if (stage == StudyTask.Stage.CELLS) {
      stdout.printf("task %s:%d done: %d cells (%d computed, %d resumed)%n", stage.id(), index,
          o.cells(), o.computed(), o.resumed());
    } else {
      stdout.printf("task %s:%d done%n", stage.id(), index);
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private static int index(Map<String, String> env, StudyTask.Stage stage, StudyRunner runner) {
    for (String name : new String[] {SLURM_INDEX, KUBERNETES_INDEX}) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        try {
          return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
          throw new InvalidInputException("$" + name + ": expected a task index (0 to "
              + (runner.graph().size(stage) - 1) + "), found '" + v + "'");
        }
      }
    }
    int size = runner.graph().size(stage);
    throw new InvalidInputException("--stage " + stage.id() + ": which task? Give --task K (0 to "
        + (size - 1) + "), or run it as a SLURM array task ($" + SLURM_INDEX + ") or a Kubernetes "
        + "Indexed Job ($" + KUBERNETES_INDEX + ")");
  }
}
