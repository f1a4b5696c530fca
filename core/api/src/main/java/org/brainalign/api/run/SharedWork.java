package org.brainalign.api.run;

import java.util.function.Supplier;

/**
 * Results that depend only on inputs several calls have in common, computed once and handed to
 * every caller while the host keeps them: e.g. the per-fold factorization of one feature matrix's
 * Gram matrix, which every region scored against that matrix needs (cross-decomposition's dual
 * route). Offered by {@link RunContext#sharedWork()}; a host that runs several regions against the
 * same features in one process (a study's cell group) offers a bounded one, others offer
 * {@link #none()}.
 *
 * <p>Implementations are safe to call from several threads: concurrent requests for one key compute
 * it once (the others wait for it). A value is kept only while it fits the host's budget; one that
 * does not fit is computed for the caller and not kept, so a caller must never rely on sharing for
 * correctness, only for speed. Values must be immutable (or never modified by callers).
 */
public interface SharedWork {

  /**
   * The value for {@code key}: the one held, or computed now by {@code compute}.
   *
   * @param key everything the value depends on, compared with {@code equals} (a record, or a digest
   *     of the inputs' contents); include the caller's id so two extensions cannot collide
   * @param type the value's class, checked on the way out
   * @param bytes about how much heap the value holds, at least 0, counted against the budget
   * @param compute computes the value (called at most once per held key)
   * @throws RuntimeException whatever {@code compute} throws (nothing is kept then)
   */
  <T> T share(Object key, Class<T> type, long bytes, Supplier<T> compute);

  /** Keeps nothing: every request computes. The default of {@link RunContext#sharedWork()}. */
  static SharedWork none() {
    return None.INSTANCE;
  }

  /** The sharing-free implementation. */
  enum None implements SharedWork {
    INSTANCE;

    @Override
    public <T> T share(Object key, Class<T> type, long bytes, Supplier<T> compute) {
      return type.cast(compute.get());
    }
  }
}
