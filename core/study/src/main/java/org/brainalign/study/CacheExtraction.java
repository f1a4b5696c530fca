package org.brainalign.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.api.reducer.ReducerInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.Versions;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.features.Extraction;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.features.FeatureFolderWriter;
import org.brainalign.study.FeatureCache.EntryKey;

/**
 * Writes entries of the {@link FeatureCache}: one forward pass of the model over a stimulus set for
 * every layer and reducer its entries need, each entry a {@link FeatureFolderWriter} folder
 * published with its manifest last.
 */
final class CacheExtraction {
  private final FeatureCache cache;
  private final PrintWriter log;

  CacheExtraction(FeatureCache cache, PrintWriter log) {
    this.cache = cache;
    this.log = log;
  }

  /**
   * Runs the model once over {@code images} and writes every target, reduced on the fly, batch by
   * batch (memory stays bounded however many images there are). Each target is one
   * {@link FeatureFolderWriter} folder holding {@code <layer>.npy}. An entry left
   * partial by an interrupted run of the same definition is resumed: the model runs only on the
   * images after the rows every target still holds ("resuming at image K of N" on the log).
   */
  void run(StudyPlan plan, ImageSource images, StimulusFingerprint content,
      Map<EntryKey, FeatureCache.Target> targets, RunContext context) {
    int n = images.size();
    String stimuli = FeatureCache.stimuliDigest(images);
    Map<EntryKey, FittedReducer> fitted = new LinkedHashMap<>();
    Map<EntryKey, String> definitions = new LinkedHashMap<>();
    long first = Long.MAX_VALUE;
    try {
      for (Map.Entry<EntryKey, FeatureCache.Target> e : targets.entrySet()) {
        FeatureCache.Target t = e.getValue();
        FittedReducer f = t.reducer().isNone() ? null
            : t.reducer().reducer().fit(new ReducerInput(t.layer().name(), t.layer().shape(), n));
        fitted.put(e.getKey(), f);
        Path d = cache.dir(e.getKey());
        Files.createDirectories(d);
        Files.deleteIfExists(d.resolve(FeatureFolderWriter.MANIFEST));
        deleteGrams(d);
        // the key digests model, provenance, dataset, stimulus ids, layer and reducer; add what
        // else defines the bytes: the images' content (a partial entry of other images is not
        // resumed) and the versions
        String definition = FeatureFolderWriter.definitionDigest(Map.of(
            "key", e.getKey().folder(), "stimuli", stimuli, "rows", n, "versions", Versions.all(),
            "content", content.digest()));
        definitions.put(e.getKey(), definition);
        first = Math.min(first, FeatureFolderWriter.recordedRows(d,
            List.of(t.layer()), reducers(t, f), n, NpyDtype.FLOAT32, definition));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the feature cache under " + cache.root(), e);
    }
    Map<EntryKey, FeatureFolderWriter> stores = open(targets, fitted, definitions, n,
        first);
    try {
      first = stores.values().iterator().next().rows();
      if (first > 0) {
        log.printf("resuming at image %d of %d (the rows before it were kept from an interrupted "
            + "run)%n", first, n);
        log.flush();
      }
      Map<String, List<FeatureFolderWriter>> byLayer = new LinkedHashMap<>();
      stores.forEach((key, s) -> byLayer.computeIfAbsent(targets.get(key).layer().name(),
          k -> new ArrayList<>()).add(s));
      Extraction.run(plan.model.extension(), images, first, new ArrayList<>(byLayer.keySet()),
          (layer, from, count, values) -> {
            for (FeatureFolderWriter s : byLayer.getOrDefault(layer, List.of())) {
              s.accept(layer, from, count, values);
            }
          }, context);
      for (Map.Entry<EntryKey, FeatureFolderWriter> e : stores.entrySet()) {
        FeatureCache.Target t = targets.get(e.getKey());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", plan.model.options().toString());
        m.put("model_provenance", plan.model.extension().provenance());
        m.put("dataset", plan.dataset.options().toString());
        m.put("reducer", t.reducer().spec());
        m.put("layers", e.getValue().describeLayers());
        m.put("rows", n);
        m.put("stimuli_sha256", stimuli);
        m.put(FeatureCache.INPUTS_KEY, Map.of("stimuli", content.digest()));
        m.put("versions", Versions.all());
        JsonFiles.write(cache.dir(e.getKey()).resolve(FeatureCache.INPUTS),
            Map.of("stimuli", content.parts()));
        e.getValue().commit(images, m);
      }
    } finally {
      stores.values().forEach(FeatureFolderWriter::close);
    }
  }

  private static Map<String, FittedReducer> reducers(FeatureCache.Target t, FittedReducer f) {
    return f == null ? Map.of() : Map.of(t.layer().name(), f);
  }

  /**
   * Opens every target's store, resumed at {@code first} rows where its partial files allow. If one
   * cannot be resumed (a file no longer matches its record), every store starts from image 0, so
   * that all of them continue from the same image.
   */
  private Map<EntryKey, FeatureFolderWriter> open(Map<EntryKey, FeatureCache.Target> targets,
      Map<EntryKey, FittedReducer> fitted, Map<EntryKey, String> definitions, int n, long first) {
    Map<EntryKey, FeatureFolderWriter> stores = new LinkedHashMap<>();
    try {
      for (Map.Entry<EntryKey, FeatureCache.Target> e : targets.entrySet()) {
        FeatureCache.Target t = e.getValue();
        stores.put(e.getKey(), FeatureFolderWriter.resume(cache.dir(e.getKey()),
            List.of(t.layer()), reducers(t, fitted.get(e.getKey())), n, NpyDtype.FLOAT32,
            definitions.get(e.getKey()), first, log));
      }
      if (stores.values().stream().allMatch(s -> s.rows() == first)) {
        return stores;
      }
      stores.values().forEach(FeatureFolderWriter::close);
      stores.clear();
      for (Map.Entry<EntryKey, FeatureCache.Target> e : targets.entrySet()) {
        FeatureCache.Target t = e.getValue();
        stores.put(e.getKey(), FeatureFolderWriter.create(cache.dir(e.getKey()),
            List.of(t.layer()), reducers(t, fitted.get(e.getKey())), n, NpyDtype.FLOAT32,
            definitions.get(e.getKey())));
      }
      return stores;
    } catch (RuntimeException e) {
      stores.values().forEach(FeatureFolderWriter::close);
      throw e;
    }
  }

  /** Deletes the cached Gram matrices of an entry about to be rebuilt (any precision or variant). */
  private static void deleteGrams(Path entry) throws IOException {
    try (Stream<Path> files = Files.list(entry)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String n = f.getFileName().toString();
        if (n.contains(".gram") && (n.endsWith(".npy") || n.endsWith(".npy.sha256"))) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
