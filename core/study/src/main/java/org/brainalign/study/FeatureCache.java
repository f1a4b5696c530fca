package org.brainalign.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.run.RunContext;
import org.brainalign.study.fingerprint.FileFingerprints;
import org.brainalign.study.gram.CachedGramMatrix;
import org.brainalign.support.digest.Sha256;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.study.nonfinite.NonFiniteColumns;
import org.brainalign.study.nonfinite.NonFinitePolicy;

/**
 * The feature cache of a study: one folder per (model with every option and weights digest, dataset
 * and stimuli, layer, reducer), named by a digest of all of those, so a changed option never reuses a
 * stale entry. An entry is a feature folder written by
 * {@link org.brainalign.features.FeatureFolderWriter}: {@code <layer>.npy} (float32, one row per
 * stimulus), {@code stimuli.csv} and {@code manifest.json}, written last: an entry without a manifest
 * is incomplete and is rebuilt. The manifest records the size and SHA-256 digest of the layer file;
 * an entry is trusted only when the size matches (checked every time) and the digest matches
 * (checked through the {@link FileFingerprints}: hashed again whenever the file's stamp changed),
 * otherwise it is rebuilt. The manifest also records the fingerprint of the stimuli the entry was
 * extracted from (every image file's digest, {@link StimulusFingerprint}, kept in
 * {@code inputs.json}): an entry whose images changed since is stale and is extracted again, and
 * the log says which images changed. The entry's cached Gram matrix is named by the layer file's
 * digest and verified against the digest recorded when it was written, so it can never be paired
 * with other features.
 */
final class FeatureCache {
  /** What {@link #problem} says of an entry that was never written. */
  static final String ABSENT = "absent";
  /** How {@link #problem} starts for an entry whose stimuli changed since it was written. */
  static final String STALE = "stale: ";
  /** The file in an entry that lists the digest of every stimulus file it was extracted from. */
  static final String INPUTS = "inputs.json";
  /** The manifest key of the entry's inputs ({@code {"stimuli": digest}}). */
  static final String INPUTS_KEY = "inputs";
  private final Path root;
  private final FileFingerprints fingerprints;
  private final NonFinitePolicy nonFinite;
  private final PrintWriter log;
  private final ConcurrentHashMap<EntryKey, NonFiniteColumns> scans = new ConcurrentHashMap<>();

  /**
   * @param nonFinite what to do with feature columns holding NaN or ±Inf
   * @param log where a dropped-columns notice goes
   * @param fingerprints digests of layer files and Gram matrices, reused while they are unchanged
   */
  FeatureCache(Path root, NonFinitePolicy nonFinite, PrintWriter log,
      FileFingerprints fingerprints) {
    this.root = root;
    this.fingerprints = fingerprints;
    this.nonFinite = nonFinite;
    this.log = log;
  }

  /** A feature matrix to produce: a layer, optionally reduced. */
  record Target(LayerInfo layer, ReducerVariant reducer) {}

  /**
   * An entry's folder name in the cache: a readable layer and reducer slug plus a digest of the
   * entry's identity (see {@link #key}).
   *
   * @param folder the folder name, also the {@code key} its manifest records
   */
  record EntryKey(String folder) implements Comparable<EntryKey> {
    @Override
    public int compareTo(EntryKey o) {
      return folder.compareTo(o.folder);
    }

    @Override
    public String toString() {
      return folder;
    }
  }

  EntryKey key(StudyPlan plan, String stimuliDigest, Target t) {
    Map<String, Object> id = new LinkedHashMap<>();
    id.put("model", plan.model.options().toString());
    id.put("model_provenance", plan.model.extension().provenance());
    id.put("dataset", plan.dataset.options().toString());
    id.put("stimuli", stimuliDigest);
    id.put("layer", t.layer().name());
    id.put("reducer", t.reducer().spec());
    String slug = (t.layer().name() + "_" + (t.reducer().isNone() ? "none" : t.reducer().axis()
        + (t.reducer().dim() == null ? "" : "-" + t.reducer().dim()))).replaceAll("[^A-Za-z0-9.-]+",
        "-");
    return new EntryKey(slug + "_" + Sha256.of(JsonFiles.toJson(id)).substring(0, 16));
  }

  /**
   * Takes one lock per entry ({@code <key>.lock} beside the entry folders), in key order so that two
   * studies asking for overlapping entries cannot deadlock: studies sharing one cache folder never
   * write the same entry at once, yet extract different entries at the same time. Blocks until every
   * lock is free. On file systems whose locks do not reach across nodes the task graph keeps one
   * writer per entry; readers trust an entry only through its manifest, written last.
   */
  AutoCloseable lock(Collection<EntryKey> keys) {
    List<FileChannel> channels = new ArrayList<>();
    List<FileLock> locks = new ArrayList<>();
    AutoCloseable release = () -> {
      for (int i = locks.size() - 1; i >= 0; i--) {
        locks.get(i).release();
      }
      for (FileChannel c : channels) {
        c.close();
      }
    };
    try {
      Files.createDirectories(root);
      for (EntryKey key : new TreeSet<>(keys)) {
        FileChannel channel = FileChannel.open(root.resolve(key.folder() + ".lock"),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channels.add(channel);
        locks.add(channel.lock());
      }
      return release;
    } catch (IOException e) {
      try {
        release.close();
      } catch (Exception ignored) {
        // the lock failure is the one to report
      }
      throw new UncheckedIOException("cannot lock entries of the feature cache " + root, e);
    }
  }

  /**
   * A cheap completeness check for planning (no digest): the manifest is there and the layer file
   * has the size it records. {@link #problem} is the full check a task makes before using an entry.
   */
  boolean looksComplete(EntryKey key, String layer, String stimuli) {
    Path d = dir(key);
    Path manifest = d.resolve(org.brainalign.features.FeatureFolderWriter.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    try {
      Map<String, Object> m = JsonFiles.read(manifest);
      Object files = m.get(org.brainalign.features.FeatureFolderWriter.FILES);
      if (!stimuli.equals(recordedStimuli(m))) {
        return false;
      }
      if (files instanceof Map<?, ?> f && f.get(layer + ".npy") instanceof Map<?, ?> r
          && r.get("bytes") instanceof Number bytes) {
        return Files.size(d.resolve(layer + ".npy")) == bytes.longValue();
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The Gram cache file an entry would use with this backend: named by the features' digest and, when
   * columns were dropped as non-finite, {@code .finite}; null when the entry has no manifest.
   */
  Path gramFile(EntryKey key, String layer, boolean finite, String backendId, GramBackend backend) {
    String digest;
    try {
      digest = digest(key, layer);
    } catch (RuntimeException e) {
      return null;
    }
    return CachedGramMatrix.cacheFileFor(dir(key).resolve(gramName(layer, digest, finite)),
        backendId, backend.arithmetic());
  }

  /**
   * Whether an entry's Gram matrix of {@code n} rows is cached with this backend (from its features
   * as they are, or with non-finite columns dropped): its header is read, nothing is hashed.
   */
  boolean gramCached(EntryKey key, String layer, int n, String backendId, GramBackend backend) {
    Path plain = gramFile(key, layer, false, backendId, backend);
    return plain != null && (CachedGramMatrix.readHeaderMatches(plain, n)
        || CachedGramMatrix.readHeaderMatches(gramFile(key, layer, true, backendId, backend), n));
  }

  /**
   * The one name of an entry's float64 BLAS Gram file (other backends and precisions are its
   * siblings, {@link CachedGramMatrix#cacheFileFor}): named by the layer file's digest and by
   * whether non-finite columns were dropped, so a Gram matrix is never paired with other features.
   */
  private static String gramName(String layer, String layerDigest, boolean finite) {
    return layer + "." + layerDigest.substring(0, 16) + (finite ? ".finite" : "") + ".gram.npy";
  }

  /** The stimulus digest a manifest records, or null (an entry written before fingerprints). */
  private static String recordedStimuli(Map<String, Object> manifest) {
    return manifest.get(INPUTS_KEY) instanceof Map<?, ?> in && in.get("stimuli") instanceof String d
        ? d : null;
  }

  /** The cache folder. */
  Path root() {
    return root;
  }

  Path dir(EntryKey key) {
    return root.resolve(key.folder());
  }

  /**
   * Why an entry cannot be trusted, or null when it can: {@link #ABSENT} when it was never written,
   * "incomplete (…)" without its manifest, "corrupt (…)" when the manifest is unreadable or lacks
   * the layer file's digest, or the file's size or SHA-256 digest differs from the manifest's,
   * {@link #STALE} and what changed when the stimuli changed since it was written.
   *
   * @param stimuli the fingerprint of the stimuli as they are now
   */
  String problem(EntryKey key, String layer, StimulusFingerprint stimuli) {
    Path d = dir(key);
    if (!Files.isDirectory(d)) {
      return ABSENT;
    }
    Path manifest = d.resolve(org.brainalign.features.FeatureFolderWriter.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return "incomplete (no manifest.json: an interrupted write)";
    }
    String file = layer + ".npy";
    Map<?, ?> record;
    String recorded;
    try {
      Map<String, Object> m = JsonFiles.read(manifest);
      Object files = m.get(org.brainalign.features.FeatureFolderWriter.FILES);
      record = files instanceof Map<?, ?> f && f.get(file) instanceof Map<?, ?> r ? r : null;
      recorded = recordedStimuli(m);
    } catch (RuntimeException e) {
      return "corrupt (unreadable manifest.json: " + rootMessage(e) + ")";
    }
    if (recorded == null) {
      return STALE + "the cache entry was written by an older brainalign, without the fingerprints "
          + "of its stimuli";
    }
    if (!recorded.equals(stimuli.digest())) {
      return STALE + stimuli.changesSince(recordedParts(d)) + " since the cache was written";
    }
    if (record == null || !(record.get("bytes") instanceof Number bytes)
        || !(record.get("sha256") instanceof String sha)) {
      return "corrupt (manifest.json has no size and digest of " + file + "; written by an older "
          + "brainalign?)";
    }
    Path data = d.resolve(file);
    long size;
    try {
      size = Files.size(data);
    } catch (IOException e) {
      return "corrupt (" + file + " unreadable: " + e + ")";
    }
    if (size != bytes.longValue()) {
      return "corrupt (" + file + " has " + size + " bytes, its manifest says " + bytes + ")";
    }
    String actual;
    try {
      actual = fingerprints.sha256(data);
    } catch (UncheckedIOException e) {
      return "corrupt (" + file + " unreadable: " + rootMessage(e) + ")";
    }
    if (!actual.equals(sha)) {
      return "corrupt (" + file + " has SHA-256 " + actual.substring(0, 12) + "…, its manifest "
          + "says " + sha.substring(0, Math.min(12, sha.length())) + "…)";
    }
    return null;
  }

  /** The stimulus files and digests an entry recorded in {@link #INPUTS}, or none. */
  private static Map<String, String> recordedParts(Path entry) {
    Map<String, String> parts = new java.util.TreeMap<>();
    try {
      if (JsonFiles.read(entry.resolve(INPUTS)).get("stimuli") instanceof Map<?, ?> m) {
        m.forEach((k, v) -> parts.put(String.valueOf(k), String.valueOf(v)));
      }
    } catch (RuntimeException e) {
      // without the list the log says only that the stimuli changed
    }
    return parts;
  }

  /** The SHA-256 digest of an entry's layer file as its manifest records it, or null. */
  String recordedDigest(EntryKey key, String layer) {
    try {
      return digest(key, layer);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** The SHA-256 digest of an entry's layer file, as its manifest records it. */
  private String digest(EntryKey key, String layer) {
    Object files = JsonFiles.read(dir(key).resolve(org.brainalign.features.FeatureFolderWriter.MANIFEST))
        .get(org.brainalign.features.FeatureFolderWriter.FILES);
    return (String) ((Map<?, ?>) ((Map<?, ?>) files).get(layer + ".npy")).get("sha256");
  }

  /**
   * The cached features of one entry, rows labelled by stimulus id; under {@code non-finite: drop}
   * without the columns holding NaN or ±Inf (found by one scan per entry, said once on the log).
   *
   * @param backendId the id the Gram backend was selected by (any but {@code blas} is named in the
   *     Gram file, and single precision adds {@code -f32}: {@code .gram-torch-f32.npy})
   * @param backend computes the cached Gram matrix
   */
  LabelledMatrix open(EntryKey key, String layer, Labels stimuli, String name, String backendId,
      GramBackend backend) {
    NpyMatrix npy = NpyMatrix.open(dir(key).resolve(layer + ".npy"));
    LabelledMatrix m = new LabelledMatrix(name, npy, stimuli, Labels.range("unit", npy.columns()));
    NonFiniteColumns scan = nonFinite(key, name, npy);
    LabelledMatrix kept = scan == null ? m : scan.apply(m);
    // The Gram matrix is computed once per entry and shared by every ROI, fold and metric. Its file
    // is named by the features' digest and by whether columns were dropped: never a stale pairing.
    String gram = gramName(layer, digest(key, layer), kept != m);
    CachedGramMatrix cached = new CachedGramMatrix(kept.data(), dir(key).resolve(gram), name,
        backendId, backend, fingerprints, log);
    return new LabelledMatrix(name, cached, stimuli, kept.columnIds());
  }

  private NonFiniteColumns nonFinite(EntryKey key, String name, NpyMatrix npy) {
    if (nonFinite != NonFinitePolicy.DROP) {
      return null;
    }
    return scans.computeIfAbsent(key, k -> {
      NonFiniteColumns s = NonFiniteColumns.scan(name, npy);
      if (s.dropped() > 0) {
        log.println("non-finite: " + s.describe());
        log.flush();
      }
      return s;
    });
  }

  /** The non-finite scan of an opened entry, or null under {@code non-finite: error}. */
  NonFiniteColumns scanned(EntryKey key) {
    return scans.get(key);
  }

  static String stimuliDigest(ImageSource images) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < images.size(); i++) {
      sb.append(images.id(i)).append('\n');
    }
    return Sha256.of(sb.toString());
  }

  /**
   * Runs the model once over {@code images} and writes every target into its entry, resuming an
   * entry left partial by an interrupted run of the same definition ({@link CacheExtraction}).
   */
  void extract(StudyPlan plan, ImageSource images, StimulusFingerprint stimuli,
      Map<EntryKey, Target> targets, RunContext context) {
    new CacheExtraction(this, log).run(plan, images, stimuli, targets, context);
  }
}
