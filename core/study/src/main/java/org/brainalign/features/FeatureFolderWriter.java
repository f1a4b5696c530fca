package org.brainalign.features;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.model.ActivationSink;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.api.table.Table;
import org.brainalign.support.digest.Sha256;
import org.brainalign.formats.csv.TableWriter;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyWriter;

/**
 * Writes one feature folder (a "feature store": the output of {@code brainalign features}, and
 * each entry of a study's feature cache): {@code OUT/<layer>.npy} (one row per image, columns =
 * the activation flattened in (C, H, W) order, or the reducer's output), {@code OUT/stimuli.csv}
 * (column {@code image}, in row order) and {@code OUT/manifest.json}, written last so that its
 * presence marks a complete store; it records each layer file's size and SHA-256 digest. Each {@code .npy} is
 * streamed batch by batch under a fixed header, so memory holds one batch whatever the number of
 * images; unfinished files are removed on close.
 *
 * <p>A store opened with a run definition ({@link #create}, {@link #resume}) survives being killed:
 * once every layer has received a batch, the partial files are forced to disk and
 * {@code progress.json} records how many rows they hold. {@link #resume} reopens such a store, cut
 * back to the recorded rows, so the model only has to run on the images after {@link #rows()}.
 */
public final class FeatureFolderWriter implements ActivationSink, AutoCloseable {
  /** The manifest's name. */
  public static final String MANIFEST = "manifest.json";
  /** The stimulus list's name. */
  public static final String STIMULI = "stimuli.csv";
  /** The manifest key holding {@code {"<layer>.npy": {"bytes": n, "sha256": hex}}}. */
  public static final String FILES = "files";

  private final Path out;
  private final Map<String, Layer> layers = new LinkedHashMap<>();
  private final String definition;
  private final long total;
  private final NpyDtype dtype;
  private final long startRows;
  private long checkpointed;
  private boolean committed;

  private record Layer(LayerInfo info, FittedReducer reducer, int columns, NpyWriter writer) {}

  /**
   * Opens one writer per layer, for a store that is not resumable (no progress is recorded).
   *
   * @param reducers fitted reducer per layer name, or an empty map for raw activations
   */
  public FeatureFolderWriter(Path out, List<LayerInfo> infos, Map<String, FittedReducer> reducers, int images,
      NpyDtype dtype) {
    this(out, infos, reducers, images, dtype, null, null, 0);
  }

  private FeatureFolderWriter(Path out, List<LayerInfo> infos, Map<String, FittedReducer> reducers,
      long images, NpyDtype dtype, String definition, Map<String, NpyWriter.Checkpoint> from,
      long keep) {
    this.out = out;
    this.definition = definition;
    this.total = images;
    this.dtype = dtype;
    this.startRows = from == null ? 0 : keep;
    this.checkpointed = startRows;
    try {
      for (LayerInfo info : infos) {
        FittedReducer r = reducers.get(info.name());
        int columns = r == null ? info.size() : product(r.outputShape());
        Path file = out.resolve(info.name() + ".npy");
        layers.put(info.name(), new Layer(info, r, columns, from == null
            ? NpyWriter.create(file, dtype, images, columns)
            : NpyWriter.resume(file, dtype, images, columns, from.get(info.name()), keep)));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Starts a resumable store from scratch, discarding any partial files and progress record.
   *
   * @param definition digest of everything that defines the run's output (model and provenance,
   *     stimuli, layers, reducer, dtype, versions): a later {@link #resume} with another definition
   *     never reuses these files
   */
  public static FeatureFolderWriter create(Path out, List<LayerInfo> infos,
      Map<String, FittedReducer> reducers, int images, NpyDtype dtype, String definition) {
    ExtractionProgress.discardStale(out);
    ExtractionProgress.delete(out);
    return new FeatureFolderWriter(out, infos, reducers, images, dtype, definition, null, 0);
  }

  /**
   * Rows recorded in {@code out}'s progress record for this definition, or 0 when there is none or
   * it belongs to another run. Whether the partial files hold them is checked by {@link #resume}.
   */
  public static long recordedRows(Path out, List<LayerInfo> infos,
      Map<String, FittedReducer> reducers, int images, NpyDtype dtype, String definition) {
    ExtractionProgress.Read r = ExtractionProgress.read(out, definition, images, dtype,
        columns(infos, reducers));
    return r.checkpoints() == null ? 0 : r.rows();
  }

  /**
   * Resumes an interrupted store with the same definition: reopens its partial files, checks them
   * against {@code progress.json} (header, size, digest of the recorded rows) and cuts them back to
   * the recorded rows, or to {@code maxRows} if fewer. When there is nothing to resume, the record
   * belongs to another run, or a partial file does not match it, says why on {@code log} (nothing
   * when there was simply no record) and starts from scratch like {@link #create}: a mismatching
   * partial file is never trusted.
   */
  public static FeatureFolderWriter resume(Path out, List<LayerInfo> infos,
      Map<String, FittedReducer> reducers, int images, NpyDtype dtype, String definition,
      long maxRows, PrintWriter log) {
    ExtractionProgress.discardStale(out);
    ExtractionProgress.Read r = ExtractionProgress.read(out, definition, images, dtype,
        columns(infos, reducers));
    if (r.checkpoints() != null && Math.min(maxRows, r.rows()) > 0) {
      try {
        return new FeatureFolderWriter(out, infos, reducers, images, dtype, definition, r.checkpoints(),
            Math.min(maxRows, r.rows()));
      } catch (DataFormatException e) {
        log.println("cannot resume the partial feature store in " + out + ": " + e.getMessage()
            + "; starting again from image 0");
      }
    } else if (r.problem() != null) {
      log.println("not resuming the partial feature store in " + out + ": " + r.problem()
          + "; starting again from image 0");
    }
    log.flush();
    return create(out, infos, reducers, images, dtype, definition);
  }

  /**
   * The digest to pass as a run definition: SHA-256 of {@code definition} as JSON, with map keys
   * sorted at every level, so that it does not depend on iteration order ({@code Map.of} changes it
   * from one process to the next).
   */
  public static String definitionDigest(Map<String, ?> definition) {
    return Sha256.of(JsonFiles.toJson(sorted(definition)));
  }

  private static Object sorted(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> t = new TreeMap<>();
      m.forEach((k, v) -> t.put(String.valueOf(k), sorted(v)));
      return t;
    }
    if (o instanceof Collection<?> c) {
      return c.stream().map(FeatureFolderWriter::sorted).toList();
    }
    return o;
  }

  private static Map<String, Integer> columns(List<LayerInfo> infos,
      Map<String, FittedReducer> reducers) {
    Map<String, Integer> c = new LinkedHashMap<>();
    for (LayerInfo info : infos) {
      FittedReducer r = reducers.get(info.name());
      c.put(info.name(), r == null ? info.size() : product(r.outputShape()));
    }
    return c;
  }

  /** Rows already in the files when this store was opened: the first image left to extract. */
  public long rows() {
    return startRows;
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
    long done = l.writer().rowsWritten();
    if (definition != null && done > checkpointed && done < total
        && layers.values().stream().allMatch(x -> x.writer().rowsWritten() == done)) {
      checkpoint(done);
    }
  }

  /** Forces every layer's rows to disk, then records them: the record never runs ahead of the data. */
  private void checkpoint(long done) {
    Map<String, NpyWriter.Checkpoint> points = new LinkedHashMap<>();
    Map<String, Integer> columns = new LinkedHashMap<>();
    layers.forEach((name, l) -> {
      points.put(name, l.writer().sync());
      columns.put(name, l.columns());
    });
    ExtractionProgress.write(out, definition, total, dtype, columns, points);
    checkpointed = done;
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
    ExtractionProgress.delete(out);
    Map<String, Object> files = new LinkedHashMap<>();
    for (Map.Entry<String, Layer> e : layers.entrySet()) {
      NpyWriter w = e.getValue().writer();
      w.commit();
      // Insertion order: Map.of's order changes from one JVM to the next.
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("bytes", w.bytes());
      file.put("sha256", w.sha256());
      files.put(e.getKey() + ".npy", file);
    }
    Map<String, Object> doc = new LinkedHashMap<>(manifest);
    doc.put(FILES, files);
    List<List<Object>> ids = new ArrayList<>(images.size());
    for (int i = 0; i < images.size(); i++) {
      ids.add(List.of(images.id(i)));
    }
    TableWriter.write(new Table("stimuli", List.of("image"), ids), out.resolve(STIMULI));
    JsonFiles.write(out.resolve(MANIFEST), doc);
    committed = true;
  }

  @Override
  public void close() {
    for (Layer l : layers.values()) {
      l.writer().close();
    }
    if (!committed) {
      layers.clear();
      if (definition != null) {
        ExtractionProgress.delete(out);
      }
    }
  }
}
