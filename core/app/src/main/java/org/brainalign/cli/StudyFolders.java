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

  @Option(names = "--verify-inputs", description = "Hash every input file again (images, "
      + "responses, tables, cached features and Gram matrices) instead of trusting the digests "
      + "kept in the cache for files whose size, times and inode are unchanged.")
  boolean verifyInputs;

  /** The cache folder: {@code --cache}, else {@code DIR/cache}. */
  Path cacheDir() {
    return cache == null ? out.resolve("cache") : cache;
  }
}
