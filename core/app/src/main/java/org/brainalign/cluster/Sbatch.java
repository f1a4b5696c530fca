package org.brainalign.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.InvalidInputException;

/** Finds and calls SLURM's {@code sbatch}. */
public final class Sbatch {
  private final Path executable;

  private Sbatch(Path executable) {
    this.executable = executable;
  }

  /** The first executable {@code sbatch} on a {@code PATH}-style list of folders. */
  public static Optional<Path> find(String pathVariable) {
    if (pathVariable == null) {
      return Optional.empty();
    }
    for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, "sbatch");
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code sbatch} on {@code pathVariable}.
   *
   * @throws InvalidInputException naming the SLURM client package when there is none
   */
  public static Sbatch onPath(String pathVariable, Path scripts) {
    return new Sbatch(find(pathVariable).orElseThrow(() -> new InvalidInputException(
        "--submit: no 'sbatch' on the PATH, so nothing was submitted. Run this on a SLURM login "
        + "node, or install the SLURM client (Debian/Ubuntu: apt-get install slurm-client; its "
        + "slurm.conf must name your cluster). The job scripts are written in " + scripts
        + "; submit them by hand with " + scripts.resolve("submit.sh") + ".")));
  }

  /**
   * Submits a script; returns the job id ({@code sbatch --parsable}).
   *
   * @param args options before the script, e.g. {@code --array=0-3}, {@code --dependency=...}
   */
  public String submit(List<String> args, Path script) {
    List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--parsable"));
    cmd.addAll(args);
    cmd.add(script.toString());
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new BrainAlignException("sbatch did not answer within 2 minutes: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new InvalidInputException("sbatch refused " + script + " (exit " + p.exitValue()
            + "): " + output + ". Command: " + String.join(" ", cmd));
      }
      String last = output.lines().reduce((a, b) -> b).orElse("");
      String id = last.split(";")[0].trim();
      if (!id.matches("[0-9]+")) {
        throw new BrainAlignException("sbatch printed no job id: '" + output + "'");
      }
      return id;
    } catch (IOException e) {
      throw new BrainAlignException("cannot run " + executable + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrainAlignException("interrupted while submitting " + script, e);
    }
  }
}
