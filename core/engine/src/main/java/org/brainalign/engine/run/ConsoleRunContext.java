package org.brainalign.engine.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.run.SharedWork;

/**
 * The CLI's {@link RunContext}: a thread count, a memory budget, a scratch folder, and progress bars
 * with an ETA on standard error (one line per update when it is not a terminal), and the eigensolver
 * the user chose, if any.
 */
public final class ConsoleRunContext implements RunContext {
  private final int threads;
  private final long memoryBudget;
  private final Path scratchDir;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal;
  private final SymmetricEigenSolver eigenSolver;
  private final SharedWork sharedWork;

  /**
   * @param threads worker threads (at least 1)
   * @param memoryBudget bytes extensions may hold for large temporaries
   * @param scratchDir folder for temporary files
   * @param err where progress goes
   * @param quiet whether to suppress progress
   */
  public ConsoleRunContext(int threads, long memoryBudget, Path scratchDir, PrintWriter err,
      boolean quiet) {
    this(threads, memoryBudget, scratchDir, err, quiet, null);
  }

  /**
   * @param threads worker threads (at least 1)
   * @param memoryBudget bytes extensions may hold for large temporaries
   * @param scratchDir folder for temporary files
   * @param err where progress goes
   * @param quiet whether to suppress progress
   * @param eigenSolver offered to metrics ({@link #offered}), or null for their own (LAPACK)
   */
  public ConsoleRunContext(int threads, long memoryBudget, Path scratchDir, PrintWriter err,
      boolean quiet, SymmetricEigenSolver eigenSolver) {
    this(threads, memoryBudget, scratchDir, err, quiet, eigenSolver, SharedWork.none());
  }

  /**
   * @param threads worker threads (at least 1)
   * @param memoryBudget bytes extensions may hold for large temporaries
   * @param scratchDir folder for temporary files
   * @param err where progress goes
   * @param quiet whether to suppress progress
   * @param eigenSolver offered to metrics ({@link #offered}), or null for their own (LAPACK)
   * @param sharedWork offered by {@link #sharedWork()} (e.g. a {@link BoundedSharedWork} the caller
   *     closes when the cells sharing it are done)
   */
  public ConsoleRunContext(int threads, long memoryBudget, Path scratchDir, PrintWriter err,
      boolean quiet, SymmetricEigenSolver eigenSolver, SharedWork sharedWork) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, found " + threads);
    }
    this.threads = threads;
    this.memoryBudget = memoryBudget;
    this.scratchDir = scratchDir;
    this.err = err;
    this.quiet = quiet;
    this.terminal = System.console() != null;
    this.eigenSolver = eigenSolver;
    this.sharedWork = java.util.Objects.requireNonNull(sharedWork, "sharedWork");
  }

  /** The same context with {@code solver} as its eigensolver (null: the metrics' own). */
  public ConsoleRunContext withEigenSolver(SymmetricEigenSolver solver) {
    return new ConsoleRunContext(threads, memoryBudget, scratchDir, err, quiet, solver, sharedWork);
  }

  /** The same context offering {@code work} as its {@link #sharedWork()}. */
  public ConsoleRunContext withSharedWork(SharedWork work) {
    return new ConsoleRunContext(threads, memoryBudget, scratchDir, err, quiet, eigenSolver, work);
  }

  @Override
  public SharedWork sharedWork() {
    return sharedWork;
  }

  @Override
  public int threads() {
    return threads;
  }

  @Override
  public long memoryBudget() {
    return memoryBudget;
  }

  @Override
  public Path scratchDir() {
    return scratchDir;
  }

  @Override
  public Progress progress(String task, long total) {
    return quiet ? Progress.none() : new ConsoleProgress(task, total, err, terminal);
  }

  @Override
  public <T> Optional<T> offered(Class<T> type) {
    return type == SymmetricEigenSolver.class ? Optional.ofNullable(eigenSolver).map(type::cast)
        : Optional.empty();
  }
}
