package org.brainalign.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.formats.AtomicFiles;

/**
 * Writes {@code DIR/slurm/}: one sbatch job-array script per stage ({@code features.sbatch},
 * {@code gram.sbatch}, {@code cells.sbatch}, {@code merge.sbatch}), each task running
 * {@code brainalign run STUDY --out DIR --cache CACHE --stage S} with its index from
 * {@code SLURM_ARRAY_TASK_ID}, logs in {@code DIR/slurm/logs/}, and {@code submit.sh} chaining the
 * whole graph by hand.
 */
public final class SlurmScripts {
  /** What every task runs, and where. */
  public record Job(Path launcher, Path study, Path out, Path cache, List<String> extraArgs,
      String name) {}

  private SlurmScripts() {}

  /** The folder of the scripts. */
  public static Path folder(Path out) {
    return out.resolve("slurm");
  }

  /** The script of a stage. */
  public static Path script(Path out, String stage) {
    return folder(out).resolve(stage + ".sbatch");
  }

  /**
   * Writes one stage's script.
   *
   * @param tasks how many tasks the stage has (the array is 0 to tasks − 1)
   */
  public static Path write(Job job, String stage, int tasks, SlurmResources r) {
    Path logs = folder(job.out()).resolve("logs").toAbsolutePath();
    List<String> l = new ArrayList<>();
    l.add("#!/bin/bash");
    l.add("#SBATCH --job-name=" + job.name() + "-" + stage);
    l.add("#SBATCH --array=0-" + (tasks - 1));
    l.add("#SBATCH --output=" + logs.resolve(stage + "-%A_%a.out"));
    l.addAll(r.directives());
    l.add("# Written by 'brainalign slurm': stage " + stage + " (" + tasks + " task"
        + (tasks == 1 ? "" : "s") + ") of " + job.study() + "; tasks.json beside DIR lists them.");
    l.add("# A task whose outputs exist exits at once; resubmit with 'brainalign slurm ... --submit'");
    l.add("# to run only what is missing.");
    l.add("set -euo pipefail");
    l.add("export BRAINALIGN_NO_BUILD=1");
    long heapMb = Math.max(512, memMegabytes(r.mem()) * 3 / 4);
    l.add("export JAVA_OPTS=\"${JAVA_OPTS:--Xmx" + heapMb + "m}\"");
    List<String> cmd = new ArrayList<>(List.of(quote(job.launcher().toString()), "run",
        quote(job.study().toAbsolutePath().toString()), "--out",
        quote(job.out().toAbsolutePath().toString()), "--cache",
        quote(job.cache().toAbsolutePath().toString()), "--stage", stage, "-q",
        "--threads", "\"${SLURM_CPUS_PER_TASK:-" + r.cpusPerTask() + "}\""));
    job.extraArgs().forEach(a -> cmd.add(quote(a)));
    l.add("echo \"brainalign " + stage + " task ${SLURM_ARRAY_TASK_ID} on node "
        + "${SLURMD_NODENAME:-$(hostname)} "
        + "(job ${SLURM_JOB_ID})\"");
    l.add("exec " + String.join(" ", cmd));
    Path file = script(job.out(), stage);
    AtomicFiles.write(file, (String.join("\n", l) + "\n").getBytes(StandardCharsets.UTF_8));
    file.toFile().setExecutable(true);
    return file;
  }

  /** {@code submit.sh}: the whole chain, every task, for submitting without brainalign. */
  public static Path writeSubmitAll(Path out, boolean cellsFollowGram) {
    String s = """
        #!/bin/bash
        # Submits every stage of the study, chained (written by 'brainalign slurm'). To submit only
        # the tasks still missing after a failure, run 'brainalign slurm ... --submit' instead.
        set -euo pipefail
        cd "$(dirname "$0")"
        f=$(sbatch --parsable features.sbatch | cut -d';' -f1)
        g=$(sbatch --parsable --kill-on-invalid-dep=yes --dependency=afterok:$f gram.sbatch | cut -d';' -f1)
        c=$(sbatch --parsable --kill-on-invalid-dep=yes --dependency=%s:$g cells.sbatch | cut -d';' -f1)
        m=$(sbatch --parsable --kill-on-invalid-dep=yes --dependency=afterok:$c merge.sbatch | cut -d';' -f1)
        echo "features $f, gram $g, cells $c, merge $m"
        """.formatted(cellsFollowGram ? "aftercorr" : "afterok");
    Path file = folder(out).resolve("submit.sh");
    AtomicFiles.write(file, s.getBytes(StandardCharsets.UTF_8));
    file.toFile().setExecutable(true);
    return file;
  }

  /** {@code 0-3,5,7-9}: SLURM's array notation for a sorted list of indices. */
  public static String ranges(List<Integer> indices) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < indices.size()) {
      int j = i;
      while (j + 1 < indices.size() && indices.get(j + 1) == indices.get(j) + 1) {
        j++;
      }
      sb.append(sb.length() == 0 ? "" : ",").append(indices.get(i));
      if (j > i) {
        sb.append("-").append(indices.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }

  private static long memMegabytes(String mem) {
    char unit = Character.toUpperCase(mem.charAt(mem.length() - 1));
    long v = Long.parseLong(Character.isDigit(unit) ? mem : mem.substring(0, mem.length() - 1));
    return switch (unit) {
      case 'K' -> Math.max(1, v / 1024);
      case 'G' -> v * 1024;
      case 'T' -> v * 1024 * 1024;
      default -> v;
    };
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z0-9_./=:,+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
