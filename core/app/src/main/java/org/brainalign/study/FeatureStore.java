package org.brainalign.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.api.reducer.ReducerInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.Versions;
import org.brainalign.engine.gram.CachedGramMatrix;
import org.brainalign.engine.io.Digests;
import org.brainalign.engine.io.json.JsonFiles;
import org.brainalign.engine.io.npy.NpyDtype;
import org.brainalign.engine.io.npy.NpyMatrix;

/**
 * The feature cache of a study: one folder per (model with every option and weights digest, dataset
 * and stimuli, layer, reducer), named by a digest of all of those, so a changed option never reuses a
 * stale entry. An entry is a feature-store folder holding {@code <layer>.npy} (float32, one row per
 * stimulus), {@code stimuli.csv} and {@code manifest.json}, written last: an entry without a manifest
 * is incomplete and is rebuilt.
 */
final class FeatureStore {
  private final Path root;

  FeatureStore(Path root) {
    this.root = root;
  }

  /** A feature matrix to produce: a layer, optionally reduced. */
  record Target(LayerInfo layer, ReducerVariant reducer) {}

  String key(StudyPlan plan, String stimuliDigest, Target t) {
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
    return slug + "_" + Digests.sha256(JsonFiles.toJson(id)).substring(0, 16);
  }

  /**
   * Takes the cache-wide lock (a file lock on {@code .lock}), so studies sharing one cache folder
   * never write the same entry at once. Blocks until the lock is free.
   */
  AutoCloseable lock() {
    try {
      Files.createDirectories(root);
      FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock lock = channel.lock();
      return () -> {
        lock.release();
        channel.close();
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the feature cache " + root, e);
    }
  }

  Path dir(String key) {
    return root.resolve(key);
  }

  /** Whether an entry is complete: its manifest, written last, and its feature file exist. */
  boolean complete(String key, String layer) {
    Path d = dir(key);
    return Files.isRegularFile(d.resolve(org.brainalign.features.FeatureStore.MANIFEST))
        && Files.isRegularFile(d.resolve(layer + ".npy"));
  }

  /** The cached features of one entry, rows labelled by stimulus id. */
  LabelledMatrix open(String key, String layer, Labels stimuli, String name) {
    NpyMatrix m = NpyMatrix.open(dir(key).resolve(layer + ".npy"));
    // The Gram matrix is computed once per entry and shared by every ROI, fold and metric.
    CachedGramMatrix cached = new CachedGramMatrix(m, dir(key).resolve(layer + ".gram.npy"), name);
    return new LabelledMatrix(name, cached, stimuli, Labels.range("unit", m.columns()));
  }

  static String stimuliDigest(ImageSource images) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < images.size(); i++) {
      sb.append(images.id(i)).append('\n');
    }
    return Digests.sha256(sb.toString());
  }

  /**
   * Runs the model once over {@code images} and writes every target, reduced on the fly, batch by
   * batch (memory stays bounded however many images there are). Each target is one
   * {@link org.brainalign.features.FeatureStore} folder holding {@code <layer>.npy}.
   */
  void extract(StudyPlan plan, ImageSource images, Map<String, Target> targets,
      RunContext context) {
    int n = images.size();
    Map<String, List<org.brainalign.features.FeatureStore>> byLayer = new LinkedHashMap<>();
    Map<String, org.brainalign.features.FeatureStore> stores = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Target> e : targets.entrySet()) {
        Target t = e.getValue();
        FittedReducer fitted = t.reducer().isNone() ? null
            : t.reducer().reducer().fit(new ReducerInput(t.layer().name(), t.layer().shape(), n));
        Path d = dir(e.getKey());
        Files.createDirectories(d);
        Files.deleteIfExists(d.resolve(org.brainalign.features.FeatureStore.MANIFEST));
        Files.deleteIfExists(d.resolve(t.layer().name() + ".gram.npy"));
        org.brainalign.features.FeatureStore store = new org.brainalign.features.FeatureStore(d,
            List.of(t.layer()), fitted == null ? Map.of() : Map.of(t.layer().name(), fitted), n,
            NpyDtype.FLOAT32);
        stores.put(e.getKey(), store);
        byLayer.computeIfAbsent(t.layer().name(), k -> new ArrayList<>()).add(store);
      }
      plan.model.extension().extract(images, new ArrayList<>(byLayer.keySet()),
          (layer, first, count, values) -> {
            for (org.brainalign.features.FeatureStore s : byLayer.getOrDefault(layer, List.of())) {
              s.accept(layer, first, count, values);
            }
          }, context);
      for (Map.Entry<String, org.brainalign.features.FeatureStore> e : stores.entrySet()) {
        Target t = targets.get(e.getKey());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", plan.model.options().toString());
        m.put("model_provenance", plan.model.extension().provenance());
        m.put("dataset", plan.dataset.options().toString());
        m.put("reducer", t.reducer().spec());
        m.put("layers", e.getValue().describeLayers());
        m.put("rows", n);
        m.put("stimuli_sha256", stimuliDigest(images));
        m.put("versions", Versions.all());
        e.getValue().commit(images, m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the feature cache under " + root, e);
    } finally {
      stores.values().forEach(org.brainalign.features.FeatureStore::close);
    }
  }

}
