package org.brainalign.engine.run;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.brainalign.api.run.SharedWork;

/**
 * A {@link SharedWork} that keeps values up to a byte budget, for the cells that score one feature
 * matrix against several regions in one process. Concurrent requests for a key compute it once;
 * the others wait for that computation. A finished value is kept while the bytes held stay within
 * the budget; when the budget is full a new value is handed to its callers and not kept (held ones
 * are not evicted: cells visit the same keys in the same order, fold after fold, so evicting the
 * oldest would lose every value before its next use). {@link #close()} releases everything; a host
 * closes the store when the cells that share it are done.
 */
public final class BoundedSharedWork implements SharedWork, AutoCloseable {
  private final long budget;
  private final Map<Object, CompletableFuture<Object>> entries = new HashMap<>();
  private final Map<Object, Long> sizes = new HashMap<>();
  private long held;
  private long computed;
  private long requests;

  /** @param budget bytes of values it may keep, at least 0 (0 keeps nothing but still joins
   *     concurrent requests) */
  public BoundedSharedWork(long budget) {
    if (budget < 0) {
      throw new IllegalArgumentException("budget must be at least 0, found " + budget);
    }
    this.budget = budget;
  }

  @Override
  public <T> T share(Object key, Class<T> type, long bytes, Supplier<T> compute) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be at least 0, found " + bytes);
    }
    CompletableFuture<Object> future;
    boolean mine = false;
    synchronized (this) {
      requests++;
      future = entries.get(key);
      if (future == null) {
        future = new CompletableFuture<>();
        entries.put(key, future);
        mine = true;
        computed++;
      }
    }
    if (mine) {
      T value;
      try {
        value = compute.get();
      } catch (RuntimeException | Error e) {
        synchronized (this) {
          entries.remove(key, future);
        }
        future.completeExceptionally(e);
        throw e;
      }
      synchronized (this) {
        if (entries.get(key) == future) {
          if (held + bytes <= budget) {
            held += bytes;
            sizes.put(key, bytes);
          } else {
            entries.remove(key);
          }
        }
      }
      future.complete(value);
      return value;
    }
    try {
      return type.cast(future.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Bytes of the values kept now. */
  public synchronized long heldBytes() {
    return held;
  }

  /** Values computed so far (each a request that found nothing to reuse). */
  public synchronized long computed() {
    return computed;
  }

  /** Requests so far. */
  public synchronized long requests() {
    return requests;
  }

  /** Releases every kept value (computations under way finish for their callers). */
  @Override
  public synchronized void close() {
    entries.clear();
    sizes.clear();
    held = 0;
  }
}
