package org.brainalign.api.run;

import java.nio.file.Path;
import java.util.Optional;

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
   * What the host offers extensions beyond threads and memory, by type, or empty when it offers no
   * such thing. The API's offers are the symmetric eigensolver the user chose
   * ({@code SymmetricEigenSolver.offeredBy}) and a factory of models from the installed model
   * plugins ({@code ModelFactory.create}); asking by type keeps this package free of theirs, so that
   * models and solvers can take a run context without an import cycle.
   *
   * @param type the interface offered, e.g. {@code SymmetricEigenSolver.class}
   */
  default <T> Optional<T> offered(Class<T> type) {
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

  /** A context that reports nothing, for tests and embedding, with half the heap as its budget. */
  static RunContext quiet(int threads) {
    return quiet(threads, Runtime.getRuntime().maxMemory() / 2);
  }

  /**
   * A context that reports nothing, with scratch files in {@code java.io.tmpdir}.
   *
   * @param threads at least 1
   * @param memoryBudget bytes; a small one forces the streaming paths (1 gives one row per block)
   */
  static RunContext quiet(int threads, long memoryBudget) {
    return new QuietRunContext(threads, memoryBudget, Path.of(System.getProperty("java.io.tmpdir")));
  }
}
