package org.brainalign.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One computation per key across threads, a hard byte budget, nothing kept after a failure. */
class BoundedSharedWorkTest {

  @Test
  void concurrentRequestsForOneKeyComputeItOnce() throws Exception {
    BoundedSharedWork work = new BoundedSharedWork(1 << 20);
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<double[]>> got = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        got.add(pool.submit(() -> {
          start.await();
          return work.share("fold 0", double[].class, 800, () -> {
            calls.incrementAndGet();
            sleep(100);
            return new double[100];
          });
        }));
      }
      start.countDown();
      double[] first = got.get(0).get(10, TimeUnit.SECONDS);
      for (Future<double[]> f : got) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls.get()).isEqualTo(1);
    assertThat(work.requests()).isEqualTo(12);
    assertThat(work.computed()).isEqualTo(1);
    assertThat(work.heldBytes()).isEqualTo(800);
  }

  @Test
  void valuesPastTheBudgetAreHandedOutButNotKept() {
    BoundedSharedWork work = new BoundedSharedWork(1000);
    AtomicInteger calls = new AtomicInteger();
    for (int round = 0; round < 2; round++) {
      for (String key : List.of("a", "b", "c")) {
        assertThat(work.share(key, String.class, 400, () -> {
          calls.incrementAndGet();
          return key;
        })).isEqualTo(key);
      }
    }
    // a and b fit (800 bytes) and are kept; c does not, so it is computed each time.
    assertThat(calls.get()).isEqualTo(4);
    assertThat(work.heldBytes()).isEqualTo(800);
    work.share("huge", String.class, 5000, () -> "x");
    assertThat(work.heldBytes()).isEqualTo(800);
    work.close();
    assertThat(work.heldBytes()).isZero();
    work.share("a", String.class, 400, () -> {
      calls.incrementAndGet();
      return "a";
    });
    assertThat(calls.get()).as("released by close").isEqualTo(5);
  }

  @Test
  void aFailureIsRethrownAndNotKept() {
    BoundedSharedWork work = new BoundedSharedWork(1000);
    assertThatThrownBy(() -> work.share("k", String.class, 1, () -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    assertThat(work.share("k", String.class, 1, () -> "ok")).isEqualTo("ok");
    assertThat(work.computed()).isEqualTo(2);
  }

  @Test
  void aWrongTypeOrNegativeSizeIsRefused() {
    BoundedSharedWork work = new BoundedSharedWork(1000);
    work.share("k", String.class, 1, () -> "s");
    assertThatThrownBy(() -> work.share("k", Integer.class, 1, () -> 1))
        .isInstanceOf(ClassCastException.class);
    assertThatThrownBy(() -> work.share("j", String.class, -1, () -> "s"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BoundedSharedWork(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
