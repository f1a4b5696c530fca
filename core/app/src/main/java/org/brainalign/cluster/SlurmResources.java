package org.brainalign.cluster;

import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.InvalidInputException;

/**
 * The {@code #SBATCH} resources of one stage: those given on the command line, else derived from the
 * stage's largest task estimate (memory rounded up to a whole GiB; time three times the estimate,
 * at least 10 minutes).
 *
 * @param partition {@code --partition}, or null for the cluster's default
 * @param account {@code --account}, or null
 * @param time {@code --time} as SLURM reads it (e.g. {@code 2:00:00})
 * @param cpusPerTask {@code --cpus-per-task}, at least 1
 * @param mem {@code --mem} as SLURM reads it (e.g. {@code 8G})
 * @param gres {@code --gres}, or null
 */
public record SlurmResources(String partition, String account, String time, int cpusPerTask,
    String mem, String gres) {

  public SlurmResources {
    if (cpusPerTask < 1) {
      throw new InvalidInputException("--cpus-per-task: expected at least 1, found " + cpusPerTask);
    }
    check("--time", time, "[0-9]+(-[0-9]+)?(:[0-9]+){0,2}|UNLIMITED|INFINITE",
        "minutes, MM:SS, HH:MM:SS, D-HH or D-HH:MM:SS (e.g. 2:00:00)");
    check("--mem", mem, "[0-9]+[KMGT]?", "a size like 4000M or 8G");
    check("--partition", partition, "[A-Za-z0-9_.,-]+", "a partition name");
    check("--account", account, "[A-Za-z0-9_.-]+", "an account name");
    check("--gres", gres, "[A-Za-z0-9_:.,-]+", "e.g. gpu:1 or gpu:a100:1");
  }

  private static void check(String option, String value, String pattern, String expected) {
    if (value != null && !value.matches(pattern)) {
      throw new InvalidInputException(option + ": expected " + expected + ", found '" + value
          + "'");
    }
  }

  /** Memory in SLURM's notation: whole GiB, rounded up, at least 1. */
  public static String mem(long bytes) {
    return Math.max(1, (bytes + (1L << 30) - 1) >> 30) + "G";
  }

  /** Three times the estimate, at least 10 minutes, as {@code D-HH:MM:SS}. */
  public static String time(double seconds) {
    long s = Math.max(600, (long) Math.ceil(3 * seconds));
    long d = s / 86400;
    return String.format("%d-%02d:%02d:%02d", d, (s % 86400) / 3600, (s % 3600) / 60, s % 60);
  }

  /** The {@code #SBATCH} lines. */
  public List<String> directives() {
    List<String> l = new ArrayList<>();
    if (partition != null) {
      l.add("#SBATCH --partition=" + partition);
    }
    if (account != null) {
      l.add("#SBATCH --account=" + account);
    }
    l.add("#SBATCH --time=" + time);
    l.add("#SBATCH --cpus-per-task=" + cpusPerTask);
    l.add("#SBATCH --mem=" + mem);
    if (gres != null) {
      l.add("#SBATCH --gres=" + gres);
    }
    return l;
  }
}
