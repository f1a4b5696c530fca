package org.brainalign.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.study.fingerprint.FileFingerprints;
import org.brainalign.support.digest.Sha256;

/**
 * The fingerprints of what a study reads: the stimuli of each subject (for the feature cache) and
 * the responses of each subject × ROI (for the cells), from the files the dataset names, digested
 * through {@link FileFingerprints} so that an unchanged rerun costs one {@code stat} per file.
 * Computed once per process and subject (or subject × ROI).
 */
final class InputFingerprints {
  /** Files hashed side by side: enough to keep up with a disk, few enough to share the machine. */
  private static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());
  private final FileFingerprints files;
  private final Map<ImageSource, StimulusFingerprint> stimuli = new ConcurrentHashMap<>();
  private final Map<GridCell.RoiKey, String> responses = new ConcurrentHashMap<>();
  /** Per ROI: the digest of the files the dataset names, or empty when it names none. */
  private final Map<GridCell.RoiKey, Optional<String>> namedResponses = new ConcurrentHashMap<>();

  InputFingerprints(FileFingerprints files) {
    this.files = files;
  }

  /** The file digests. */
  FileFingerprints files() {
    return files;
  }

  /**
   * The stimulus fingerprint of a source: its files' digests, or the digest of every decoded image
   * when it names no files.
   */
  StimulusFingerprint stimuli(ImageSource source) {
    return stimuli.computeIfAbsent(source, s -> {
      java.util.SortedMap<String, String> parts = new TreeMap<>();
      Optional<List<Path>> named = s.files();
      if (named.isPresent()) {
        files.sha256All(named.get(), THREADS).forEach((f, sha) ->
            parts.put(f.toAbsolutePath().normalize().toString(), sha));
      } else {
        for (int i = 0; i < s.size(); i++) {
          RgbImage image = s.read(i);
          java.security.MessageDigest md = Sha256.newDigest();
          md.update((image.width() + "x" + image.height() + "\n").getBytes(
              java.nio.charset.StandardCharsets.UTF_8));
          md.update(image.pixels());
          parts.put("image:" + s.id(i), Sha256.hex(md));
        }
      }
      return StimulusFingerprint.of(parts);
    });
  }

  /**
   * The fingerprint of the responses of a subject's ROI: the digest of the files the dataset names,
   * or, when it names none, of the responses themselves ({@code load} reads them; may be null when
   * the caller only wants a fingerprint that needs no reading, and then null is returned).
   */
  String responses(BrainDataset dataset, String subject, String roi, Supplier<Responses> load) {
    GridCell.RoiKey key = new GridCell.RoiKey(subject, roi);
    String known = responses.get(key);
    if (known != null) {
      return known;
    }
    Optional<String> named = namedResponses.computeIfAbsent(key, k ->
        dataset.responseFiles(subject, roi).map(this::digestOfFiles));
    if (named.isEmpty() && load == null) {
      return null;
    }
    String digest = named.isPresent() ? named.get() : content(load.get());
    responses.put(key, digest);
    return digest;
  }

  private String digestOfFiles(List<Path> named) {
    Map<String, String> parts = new TreeMap<>();
    files.sha256All(named, THREADS).forEach((f, sha) ->
        parts.put(f.toAbsolutePath().normalize().toString(), sha));
    StringBuilder sb = new StringBuilder("files\n");
    parts.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    return Sha256.of(sb.toString());
  }

  /** The digest of loaded responses: ids of rows and columns and every value's bits. */
  static String content(Responses r) {
    LabelledMatrix m = r.data();
    java.security.MessageDigest md = Sha256.newDigest();
    for (int i = 0; i < m.rows(); i++) {
      md.update((m.rowIds().get(i) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    for (int j = 0; j < m.columns(); j++) {
      md.update((m.columnIds().get(j) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    int block = Math.max(1, (1 << 20) / Math.max(1, m.columns()));
    double[] buf = new double[block * m.columns()];
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(8 * buf.length);
    for (int from = 0; from < m.rows(); from += block) {
      int to = Math.min(m.rows(), from + block);
      m.data().readRows(from, to, buf);
      bytes.clear();
      int count = (to - from) * m.columns();
      for (int k = 0; k < count; k++) {
        bytes.putLong(Double.doubleToLongBits(buf[k]));
      }
      md.update(bytes.array(), 0, 8 * count);
    }
    return "content:" + Sha256.hex(md);
  }
}
