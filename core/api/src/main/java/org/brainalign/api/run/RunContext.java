package org.brainalign.api.run;

import java.nio.file.Path;
import java.util.Optional;
import org.brainalign.api.compute.SymmetricEigenSolver;

/**
 * What an extension may use while it works: threads, a memory budget, a scratch folder and progress
 * reporting. Passed explicitly instead of global switches, so two runs in one JVM do not interfere.
 */
public interface RunContext {

  /** Threads the extension may use for its own parallel work (at least 1). */
  int threads();

  /** Bytes of heap the extension may hold for large temporary arrays. */
  long memoryBudget();

  /** A writable folder for temporary files, deleted or reused by the host. */
  Path scratchDir();

  /**
   * Starts reporting a task.
   *
   * @param task a short label, e.g. {@code "gram layer3"}
   * @param total units of work expected, or -1 when unknown
   */
  Progress progress(String task, long total);

  /**
   * The symmetric eigensolver the user chose for this run ({@code compute.eigen-backend} of a study,
   * {@code --eigen-backend} of compare), or empty for the metric's own (LAPACK).
   */
  default Optional<SymmetricEigenSolver> eigenSolver() {
    return Optional.empty();
  }

  /**
   * Where results that depend only on inputs several calls share (one feature matrix scored against
   * several regions) are kept for reuse; {@link SharedWork#none()} (compute every time) unless the
   * host offers a bounded store, as a study does for the cells of one feature matrix.
   */
  default SharedWork sharedWork() {
    return SharedWork.none();
  }

  /** A context that reports nothing, for tests and embedding. */
  static RunContext quiet(int threads) {
    return new QuietRunContext(threads, Runtime.getRuntime().maxMemory() / 2,
        Path.of(System.getProperty("java.io.tmpdir")));
  }
}
