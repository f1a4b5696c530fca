package org.brainalign.api.run;

import java.nio.file.Path;

/** A {@link RunContext} with fixed resources and no progress output. */
record QuietRunContext(int threads, long memoryBudget, Path scratchDir) implements RunContext {

  QuietRunContext {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, found " + threads);
    }
  }

  @Override
  public Progress progress(String task, long total) {
    return Progress.none();
  }
}
