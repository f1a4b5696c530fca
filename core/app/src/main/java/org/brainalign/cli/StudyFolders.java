package org.brainalign.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The study file, its output folder and its feature cache: the arguments plan, run and slurm share. */
final class StudyFolders {
  @Parameters(index = "0", paramLabel = "STUDY.yaml", description = "The study file.")
  Path study;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder (for SLURM tasks, on a file system every node sees).")
  Path out;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Feature cache folder (default: DIR/cache); may be shared between studies.")
  Path cache;

  /** The cache folder: {@code --cache}, else {@code DIR/cache}. */
  Path cacheDir() {
    return cache == null ? out.resolve("cache") : cache;
  }
}
