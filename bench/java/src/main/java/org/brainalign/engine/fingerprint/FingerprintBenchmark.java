package org.brainalign.study.fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cost of input fingerprints, as a study pays it: {@code first} digests every file of a folder
 * with an empty index (what the first run over new inputs costs), {@code rerun} digests them again
 * in a new process through the index the first run left (what an unchanged rerun costs: a
 * {@code stat} per file). Prints {@code files N, bytes B, seconds S, MB/s R}.
 *
 * <p>Usage: {@code FingerprintBenchmark first|rerun DATA_DIR INDEX_FILE}
 */
public final class FingerprintBenchmark {
  private FingerprintBenchmark() {}

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    Path data = Path.of(args[1]);
    Path indexFile = Path.of(args[2]);
    if (mode.equals("first")) {
      Files.deleteIfExists(indexFile);
    } else if (!mode.equals("rerun")) {
      throw new IllegalArgumentException("mode: first or rerun, not " + mode);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(data)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
    }
    long t0 = System.nanoTime();
    long bytes = 0;
    StringBuilder all = new StringBuilder();
    try (FileFingerprints fp = new FileFingerprints(new FingerprintIndex(indexFile), false)) {
      // as a study digests a stimulus set or a subject's response files
      Map<Path, String> digests = fp.sha256All(files, Math.min(4,
          Runtime.getRuntime().availableProcessors()));
      for (Path f : files) {
        all.append(digests.get(f)).append("  ").append(f.getFileName()).append('\n');
        bytes += Files.size(f);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Files.writeString(indexFile.resolveSibling(mode + ".sha256"), all);
    System.out.printf("%s: files %d, bytes %d, seconds %.3f, MB/s %.1f%n", mode, files.size(),
        bytes, seconds, bytes / 1e6 / seconds);
  }
}
