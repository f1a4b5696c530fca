package org.brainalign.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication by rename from a temporary name unique to the process and the call. */
class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void uniqueNamesNameTheProcessAndNeverRepeat() {
    Path target = dir.resolve("layer.gram.npy");
    Set<Path> seen = ConcurrentHashMap.newKeySet();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> {
        for (int i = 0; i < 250; i++) {
          seen.add(AtomicFiles.unique(target));
        }
      });
      th.start();
      threads.add(th);
    }
    threads.forEach(th -> {
      try {
        th.join();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    });
    assertThat(seen).hasSize(1000);
    Path one = seen.iterator().next();
    assertThat(one.getParent()).isEqualTo(dir);
    assertThat(one.getFileName().toString()).startsWith("layer.gram.npy.tmp-")
        .contains("-" + ProcessHandle.current().pid() + "-");
    assertThat(AtomicFiles.isTemporary(one.getFileName().toString())).isTrue();
    assertThat(AtomicFiles.isTemporary("layer.npy.partial")).isTrue();
    assertThat(AtomicFiles.isTemporary("layer.gram.npy")).isFalse();
  }

  @Test
  void concurrentWritersLeaveOneWholeFileAndNoTemporaries() throws Exception {
    Path target = dir.resolve("manifest.json");
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      byte[] content = String.valueOf((char) ('a' + t)).repeat(1 << 16)
          .getBytes(StandardCharsets.UTF_8);
      Thread th = new Thread(() -> {
        for (int i = 0; i < 20; i++) {
          AtomicFiles.write(target, content);
        }
      });
      th.start();
      threads.add(th);
    }
    for (Thread th : threads) {
      th.join();
    }
    String s = Files.readString(target);
    assertThat(s).hasSize(1 << 16);
    assertThat(s.chars().distinct().count()).as("one writer's whole content").isEqualTo(1);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
    }
  }
}
