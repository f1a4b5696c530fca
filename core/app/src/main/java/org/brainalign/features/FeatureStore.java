package org.brainalign.features;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.model.ActivationSink;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.engine.io.AtomicFiles;
import org.brainalign.engine.io.json.JsonFiles;
import org.brainalign.engine.io.npy.NpyDtype;
import org.brainalign.engine.io.npy.NpyWriter;

/**
 * A feature store being written: {@code OUT/<layer>.npy} (one row per image, columns = the activation
 * flattened in (C, H, W) order, or the reducer's output), {@code OUT/stimuli.csv} (column
 * {@code image}, in row order) and {@code OUT/manifest.json}, written last so that its presence marks
 * a complete store; it records each layer file's size and SHA-256 digest. Each {@code .npy} is streamed batch by batch under a fixed header, so memory holds
 * one batch whatever the number of images; unfinished files are removed on close.
 */
public final class FeatureStore implements ActivationSink, AutoCloseable {
  /** The manifest's name. */
  public static final String MANIFEST = "manifest.json";
  /** The stimulus list's name. */
  public static final String STIMULI = "stimuli.csv";
  /** The manifest key holding {@code {"<layer>.npy": {"bytes": n, "sha256": hex}}}. */
  public static final String FILES = "files";

  private final Path out;
  private final Map<String, Layer> layers = new LinkedHashMap<>();
  private boolean committed;

  private record Layer(LayerInfo info, FittedReducer reducer, int columns, NpyWriter writer) {}

  /**
   * Opens one writer per layer.
   *
   * @param reducers fitted reducer per layer name, or an empty map for raw activations
   */
  public FeatureStore(Path out, List<LayerInfo> infos, Map<String, FittedReducer> reducers, int images,
      NpyDtype dtype) {
    this.out = out;
    try {
      for (LayerInfo info : infos) {
        FittedReducer r = reducers.get(info.name());
        int columns = r == null ? info.size() : product(r.outputShape());
        layers.put(info.name(), new Layer(info, r, columns,
            NpyWriter.create(out.resolve(info.name() + ".npy"), dtype, images, columns)));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static int product(int[] shape) {
    int n = 1;
    for (int d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  @Override
  public void accept(String layer, int firstImage, int images, float[] values) {
    Layer l = layers.get(layer);
    if (l == null) {
      throw new BrainAlignException("model returned layer '" + layer + "', which was not requested");
    }
    if (firstImage != l.writer().rowsWritten()) {
      throw new BrainAlignException("layer " + layer + ": batch starts at image " + firstImage
          + " but " + l.writer().rowsWritten() + " rows are written; models must stream in order");
    }
    if (values.length != images * l.info().size()) {
      throw new BrainAlignException("layer " + layer + ": expected " + images + " × "
          + l.info().size() + " values, found " + values.length);
    }
    float[] rows = values;
    if (l.reducer() != null) {
      rows = new float[images * l.columns()];
      l.reducer().transform(values, images, rows);
    }
    l.writer().appendRows(rows, images);
  }

  /** Per layer: shape, columns and reducer provenance, for the manifest. */
  public Map<String, Object> describeLayers() {
    Map<String, Object> m = new LinkedHashMap<>();
    layers.forEach((name, l) -> {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("file", name + ".npy");
      d.put("shape", toList(l.info().shape()));
      d.put("columns", l.columns());
      if (l.reducer() != null) {
        d.put("reduced_shape", toList(l.reducer().outputShape()));
        d.put("reducer", l.reducer().provenance());
      }
      m.put(name, d);
    });
    return m;
  }

  private static List<Integer> toList(int[] a) {
    List<Integer> l = new ArrayList<>();
    for (int v : a) {
      l.add(v);
    }
    return l;
  }

  /**
   * Finishes every layer file, then writes the stimulus list and, last, the manifest, with the size
   * and SHA-256 digest of each layer file added under {@code files} so that a reader can check the
   * files it is about to trust.
   */
  public void commit(ImageSource images, Map<String, Object> manifest) {
    Map<String, Object> files = new LinkedHashMap<>();
    for (Map.Entry<String, Layer> e : layers.entrySet()) {
      NpyWriter w = e.getValue().writer();
      w.commit();
      files.put(e.getKey() + ".npy", Map.of("bytes", w.bytes(), "sha256", w.sha256()));
    }
    Map<String, Object> doc = new LinkedHashMap<>(manifest);
    doc.put(FILES, files);
    StringBuilder csv = new StringBuilder("image\n");
    for (int i = 0; i < images.size(); i++) {
      csv.append(quote(images.id(i))).append('\n');
    }
    AtomicFiles.write(out.resolve(STIMULI), csv.toString().getBytes(StandardCharsets.UTF_8));
    JsonFiles.write(out.resolve(MANIFEST), doc);
    committed = true;
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  @Override
  public void close() {
    for (Layer l : layers.values()) {
      l.writer().close();
    }
    if (!committed) {
      layers.clear();
    }
  }
}
