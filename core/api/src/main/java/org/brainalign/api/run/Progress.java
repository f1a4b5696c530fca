package org.brainalign.api.run;

/** Progress of one long task. Implementations must tolerate calls from several threads. */
public interface Progress extends AutoCloseable {

  /** Records {@code steps} more units of work done. */
  void advance(long steps);

  /** Marks the task finished. */
  @Override
  void close();

  /** A progress that reports nothing. */
  static Progress none() {
    return new Progress() {
      @Override
      public void advance(long steps) {}

      @Override
      public void close() {}
    };
  }
}
