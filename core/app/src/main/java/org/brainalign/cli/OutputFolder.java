package org.brainalign.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;

/** Output folders whose completion marker (written last) says they already hold finished results. */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * Refuses to overwrite a finished output unless {@code --force} was given.
   *
   * @param marker the file written last, e.g. {@code summary.json}
   * @param what what is already there, for the message, e.g. {@code "results"}
   */
  static void requireFresh(Path out, Path marker, String what, boolean force) {
    requireFolder("--out", out);
    if (Files.exists(marker) && !force) {
      throw InvalidInputException.of("--out " + out, "a new or empty output folder",
          what + " already there (" + marker + ")", "Choose another folder or add --force.");
    }
  }

  /**
   * Refuses, before any work, a path that cannot become a folder: an existing file, or one below a
   * file.
   *
   * @param option the option naming it, e.g. {@code --out}
   */
  static void requireFolder(String option, Path dir) {
    for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p)) {
        return;
      }
      if (Files.exists(p) || Files.isSymbolicLink(p)) {
        throw InvalidInputException.of(option + " " + dir, "a folder (new or existing)",
            p.equals(dir.toAbsolutePath()) ? "a regular file" : "a path below the file " + p,
            "Choose another path, or move the file away.");
      }
    }
  }

  /**
   * Refuses to run a study into a folder holding a different finished study (its
   * {@code study.json}, with a {@code study.yaml} of other text) unless {@code --force}: its
   * tables would be silently replaced. The same study resumes.
   */
  static void requireSameStudy(Path out, String studyText, boolean force) {
    Path finished = out.resolve("study.json");
    if (force || !Files.isRegularFile(finished)) {
      return;
    }
    Path copy = out.resolve("study.yaml");
    String before;
    try {
      before = Files.isRegularFile(copy) ? Files.readString(copy) : null;
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      before = null;
    }
    if (!studyText.equals(before)) {
      throw InvalidInputException.of("--out " + out, "a new folder, or one holding this same study "
          + "(it then resumes)", "another finished study (" + finished + "; its study file " + copy
          + (before == null ? " is missing)" : " differs from this one)"),
          "Choose another folder, or add --force to replace its tables.");
    }
  }

  /**
   * Refuses a task of one study ({@code run --stage}) in a folder planned for another (its {@code
   * study.yaml} of other text) unless {@code --force}: tasks share the folder's lock, so only this
   * check keeps two studies' tasks from writing one folder at once. The folder's own {@code
   * study.yaml}, which {@code slurm} and {@code plan} hand to every task, always passes.
   */
  static void requireSameStudyTasks(Path out, String studyText, boolean force) {
    Path copy = out.resolve("study.yaml");
    if (force || !Files.isRegularFile(copy)) {
      return;
    }
    String before;
    try {
      before = Files.readString(copy);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      before = null;
    }
    if (!studyText.equals(before)) {
      throw InvalidInputException.of("--out " + out, "a new folder, or one planned for this same "
          + "study", "the folder of another study (its study file " + copy + " differs from this "
          + "one)", "Give the folder's own study file (" + copy + "), choose another folder, or "
          + "add --force.");
    }
  }
}
