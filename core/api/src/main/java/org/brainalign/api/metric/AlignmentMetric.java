package org.brainalign.api.metric;

import org.brainalign.api.run.RunContext;

/** Scores how two labelled representations of the same stimuli align. Immutable and thread-safe. */
public interface AlignmentMetric {

  /**
   * Compares {@code input.x()} with {@code input.y()}.
   *
   * @throws org.brainalign.api.InvalidInputException when the data cannot be used (too few stimuli,
   *     non-finite values), with the culprit named
   */
  AlignmentResult compare(AlignmentInput input, RunContext context);
}
