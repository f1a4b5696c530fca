package org.brainalign.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyWriter;

/**
 * {@code OUT/progress.json}: how far a feature store being written got, so that an interrupted
 * extraction can resume. It names the digest of the run's definition (model and its provenance,
 * stimuli, layers, reducer, dtype, versions), the number of images, the dtype and, per layer, the
 * partial file's columns and a {@link NpyWriter.Checkpoint} (rows, bytes and SHA-256 digest of the
 * prefix forced to disk). It is written atomically after every layer's checkpoint, so it never
 * claims rows that are not on disk, and removed when the store is committed or abandoned.
 */
final class ExtractionProgress {
  /** The record's name inside the store's folder. */
  static final String FILE = "progress.json";

  private ExtractionProgress() {}

  /** A usable record ({@code checkpoints} in layer order, every one at {@code rows}), or why not. */
  record Read(long rows, Map<String, NpyWriter.Checkpoint> checkpoints, String problem) {}

  static void write(Path out, String definition, long total, NpyDtype dtype,
      Map<String, Integer> columns, Map<String, NpyWriter.Checkpoint> checkpoints) {
    Map<String, Object> layers = new LinkedHashMap<>();
    long rows = -1;
    for (Map.Entry<String, NpyWriter.Checkpoint> e : checkpoints.entrySet()) {
      NpyWriter.Checkpoint c = e.getValue();
      rows = c.rows();
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("file", e.getKey() + ".npy.partial");
      l.put("columns", columns.get(e.getKey()));
      l.put("rows", c.rows());
      l.put("bytes", c.bytes());
      l.put("sha256", c.sha256());
      layers.put(e.getKey(), l);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("definition", definition);
    doc.put("images", total);
    doc.put("rows", rows);
    doc.put("dtype", dtype.descr());
    doc.put("layers", layers);
    JsonFiles.write(out.resolve(FILE), doc);
  }

  /**
   * Reads the record of {@code out} and checks that it belongs to this run: same definition digest,
   * number of images, dtype and layers with their column counts, every layer at the same row.
   * Whether the partial files match it is for {@link NpyWriter#resume} to check.
   *
   * @return the record, or one whose {@code problem} says why it cannot be used ({@code null}
   *     checkpoints); {@code problem} is {@code null} too when there is no record at all
   */
  static Read read(Path out, String definition, long total, NpyDtype dtype,
      Map<String, Integer> columns) {
    Path file = out.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new Read(0, null, null);
    }
    Map<String, Object> doc;
    try {
      doc = JsonFiles.read(file);
    } catch (RuntimeException e) {
      return new Read(0, null, FILE + " is unreadable");
    }
    if (!definition.equals(doc.get("definition"))) {
      return new Read(0, null, "it was made by another run (the model, its weights, the images, "
          + "the layers, the reducer, the dtype or the brainalign version changed)");
    }
    if (!(doc.get("images") instanceof Number n) || n.longValue() != total
        || !dtype.descr().equals(doc.get("dtype")) || !(doc.get("layers") instanceof Map<?, ?> ls)
        || !ls.keySet().equals(columns.keySet())) {
      return new Read(0, null, FILE + " does not describe these " + total + " images and layers "
          + columns.keySet());
    }
    Map<String, NpyWriter.Checkpoint> checkpoints = new LinkedHashMap<>();
    long rows = -1;
    for (String layer : columns.keySet()) {
      if (!(ls.get(layer) instanceof Map<?, ?> l) || !(l.get("columns") instanceof Number c)
          || c.longValue() != columns.get(layer) || !(l.get("rows") instanceof Number r)
          || !(l.get("bytes") instanceof Number b) || !(l.get("sha256") instanceof String sha)
          || (rows >= 0 && r.longValue() != rows)) {
        return new Read(0, null, FILE + " has no consistent checkpoint for layer " + layer);
      }
      rows = r.longValue();
      checkpoints.put(layer, new NpyWriter.Checkpoint(rows, b.longValue(), sha));
    }
    return new Read(rows, checkpoints, null);
  }

  /**
   * Removes temporaries of the record left by a writer killed while replacing it
   * ({@code progress.json.tmp-<host>-<pid>-<n>}, never read). Only the store's one writer (the
   * folder's lock, or the cache entry's) calls it, so no live write is lost.
   */
  static void discardStale(Path out) {
    if (!Files.isDirectory(out)) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(out, FILE + ".tmp-*")) {
      for (Path p : s) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove stale temporaries in " + out, e);
    }
  }

  static void delete(Path out) {
    try {
      Files.deleteIfExists(out.resolve(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + out.resolve(FILE), e);
    }
  }
}
