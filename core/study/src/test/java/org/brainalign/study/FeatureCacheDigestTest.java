package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.support.digest.Sha256;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;

/**
 * Feature-cache entries are checked against the size and SHA-256 digest in their manifest: a flipped
 * byte, a truncated layer file, a deleted manifest and a manifest without digests are each reported
 * and rebuilt, never trusted, and the tables come out byte-identical to an uninterrupted run.
 */
class FeatureCacheDigestTest extends BuiltInPluginsTest {
  static final String STUDY = """
      name: digests
      model: {spec: tiny-model, layers: [local, pooled]}
      dataset: {spec: "tiny-data:images=40", subjects: [s1], rois: [left, global]}
      reducers:
        - none
        - {spec: "sparse-random-projection:axis=all", dims: [4, 8], layers: [local]}
      metrics: ["cross-decomposition:permutations=20,route=dual", cka]
      cross-validation: {folds: 4, seed: 1}
      """;

  private String run(Path out) {
    return loggedRun(STUDY, out);
  }

  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static Path layerFile(Path entry) throws IOException {
    try (Stream<Path> s = Files.list(entry)) {
      return s.filter(p -> p.toString().endsWith(".npy") && !p.toString().contains(".gram"))
          .findFirst().orElseThrow();
    }
  }

  @Test
  void corruptEntriesAreRebuiltNotTrusted() throws IOException {
    Path a = dir.resolve("a");
    run(a);
    Path b = dir.resolve("b");
    run(b);
    List<Path> entries = entries(b.resolve("cache"));
    assertThat(entries).hasSize(4);
    Map<String, Object> manifest = JsonFiles.read(entries.get(0).resolve("manifest.json"));
    Path flipped = layerFile(entries.get(0));
    Map<?, ?> rec = (Map<?, ?>) ((Map<?, ?>) manifest.get("files")).get(flipped.getFileName()
        .toString());
    assertThat(rec.get("sha256")).isEqualTo(Sha256.of(flipped));
    assertThat(((Number) rec.get("bytes")).longValue()).isEqualTo(Files.size(flipped));
    try (RandomAccessFile f = new RandomAccessFile(flipped.toFile(), "rw")) {
      long at = f.length() - 3;
      f.seek(at);
      int v = f.read();
      f.seek(at);
      f.write(v ^ 0x10);
    }
    Path truncated = layerFile(entries.get(1));
    try (RandomAccessFile f = new RandomAccessFile(truncated.toFile(), "rw")) {
      f.setLength(f.length() - 4);
    }
    Files.delete(entries.get(2).resolve("manifest.json"));
    Map<String, Object> old = JsonFiles.read(entries.get(3).resolve("manifest.json"));
    old.remove("files");
    JsonFiles.write(entries.get(3).resolve("manifest.json"), old);
    CellOutput.deleteTree(b.resolve("cells"));
    Files.delete(b.resolve("spectra.csv"));
    Files.delete(b.resolve("scores.csv"));

    String log = run(b);
    String e0 = entries.get(0).getFileName().toString();
    String e1 = entries.get(1).getFileName().toString();
    String e2 = entries.get(2).getFileName().toString();
    String e3 = entries.get(3).getFileName().toString();
    assertThat(log).contains("cache entry " + e0 + " is corrupt (" + flipped.getFileName()
        + " has SHA-256 ").contains("): rebuilding")
        .contains("cache entry " + e1 + " is corrupt (" + truncated.getFileName() + " has ")
        .contains("bytes, its manifest says")
        .contains("cache entry " + e2 + " is incomplete (no manifest.json")
        .contains("cache entry " + e3 + " is corrupt (manifest.json has no size and digest");
    for (String f : List.of("spectra.csv", "scores.csv")) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
    for (Path e : entries) {
      Path data = layerFile(e);
      Map<?, ?> files = (Map<?, ?>) JsonFiles.read(e.resolve("manifest.json")).get("files");
      assertThat(((Map<?, ?>) files.get(data.getFileName().toString())).get("sha256"))
          .isEqualTo(Sha256.of(data));
    }
    // Rebuilt entries are trusted again: the next run finds every entry valid.
    CellOutput.deleteTree(b.resolve("cells"));
    assertThat(run(b)).doesNotContain("cache entry").contains("cached");
  }

  @Test
  @SuppressWarnings("unchecked")
  void changedFeaturesNeverPairWithTheGramOfTheOldOnes() throws IOException {
    Path b = dir.resolve("b");
    run(b);
    Path entry = entries(b.resolve("cache")).get(0);
    Path data = layerFile(entry);
    String oldSha = Sha256.of(data);
    Path oldGram = grams(entry).get(0);
    assertThat(grams(entry)).hasSize(1);
    assertThat(oldGram.getFileName().toString()).contains(oldSha.substring(0, 16));
    // Another writer (say a model that is not bit-reproducible) replaced the features with a
    // consistent manifest: the entry is valid, and its Gram must be computed from the new bytes.
    org.brainalign.api.matrix.DenseMatrix m =
        org.brainalign.formats.npy.NpyMatrix.open(data).toDense();
    double[] v = new double[m.rows() * m.columns()];
    m.readRows(0, m.rows(), v);
    for (int i = 0; i < v.length; i++) {
      v[i] = v[i] * 2 + (i % 7);
    }
    org.brainalign.formats.npy.NpyWriter.write(data, new org.brainalign.api.matrix.DenseMatrix(
        m.rows(), m.columns(), v), org.brainalign.formats.npy.NpyDtype.FLOAT32);
    Map<String, Object> manifest = JsonFiles.read(entry.resolve("manifest.json"));
    String newSha = Sha256.of(data);
    ((Map<String, Object>) manifest.get("files")).put(data.getFileName().toString(),
        Map.of("bytes", Files.size(data), "sha256", newSha));
    JsonFiles.write(entry.resolve("manifest.json"), manifest);
    CellOutput.deleteTree(b.resolve("cells"));
    assertThat(run(b)).doesNotContain("cache entry");
    List<Path> after = grams(entry);
    assertThat(after).hasSize(2).anyMatch(p -> p.getFileName().toString()
        .contains(newSha.substring(0, 16)));
    Path newGram = after.stream().filter(p -> !p.equals(oldGram)).findFirst().orElseThrow();
    assertThat(Files.readAllBytes(newGram)).isNotEqualTo(Files.readAllBytes(oldGram));
  }

  private static List<Path> grams(Path entry) throws IOException {
    try (Stream<Path> s = Files.list(entry)) {
      return s.filter(p -> p.getFileName().toString().contains(".gram")
          && p.getFileName().toString().endsWith(".npy")).sorted().toList();
    }
  }
}
