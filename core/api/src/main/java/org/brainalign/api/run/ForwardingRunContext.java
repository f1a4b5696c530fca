package org.brainalign.api.run;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@link RunContext} that hands every call to another one; extend it and override what differs,
 * e.g. {@link #offered} to offer one more thing (a host's model factory, a test's eigensolver) or
 * {@link #sharedWork} to share results between calls.
 */
public abstract class ForwardingRunContext implements RunContext {
  private final RunContext base;

  /** @param base what every method not overridden answers with */
  protected ForwardingRunContext(RunContext base) {
    this.base = base;
  }

  @Override
  public int threads() {
    return base.threads();
  }

  @Override
  public long memoryBudget() {
    return base.memoryBudget();
  }

  @Override
  public Path scratchDir() {
    return base.scratchDir();
  }

  @Override
  public Progress progress(String task, long total) {
    return base.progress(task, total);
  }

  @Override
  public <T> Optional<T> offered(Class<T> type) {
    return base.offered(type);
  }

  @Override
  public SharedWork sharedWork() {
    return base.sharedWork();
  }
}
