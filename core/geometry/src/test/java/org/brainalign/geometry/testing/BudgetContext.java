package org.brainalign.geometry.testing;

import java.nio.file.Path;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;

/** A quiet single-thread {@link RunContext} with a chosen memory budget, to force row streaming. */
public final class BudgetContext {
  private BudgetContext() {}

  /**
   * @param bytes the memory budget; 1 forces one row per block
   * @return one thread, scratch in {@code java.io.tmpdir}, no progress reporting
   */
  public static RunContext of(long bytes) {
    return new RunContext() {
      @Override
      public int threads() {
        return 1;
      }

      @Override
      public long memoryBudget() {
        return bytes;
      }

      @Override
      public Path scratchDir() {
        return Path.of(System.getProperty("java.io.tmpdir"));
      }

      @Override
      public Progress progress(String task, long total) {
        return Progress.none();
      }
    };
  }
}
