package org.brainalign.plugins.surrogate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.model.LayerInfo;

/**
 * Which layers of the source model hold exactly what a pooled ROI reads: the spatial mean of its
 * source layer (ResNet50's {@code avgpool} is the spatial mean of {@code layer4}). A pooled readout
 * of the source is then just as much a readout of such a layer, so a metric that names it names
 * the answer. Checked on the dataset's own images, never assumed from names: a candidate is a flat
 * layer ({@code C} or {@code C × 1 × 1}) with the source's channels, and it is equivalent when
 * every value is within {@value #TOLERANCE} (relative to the largest mean) of the source's
 * spatial mean.
 */
final class SpatialMeans {
  /** Largest difference, relative to the largest absolute mean, still counted as equal. */
  static final double TOLERANCE = 1e-5;

  /** Source layer → its spatial means, {@code [image][channel]}. */
  private final Map<String, float[][]> means = new LinkedHashMap<>();
  /** Candidate layer → its activations, {@code [image][channel]}. */
  private final Map<String, float[][]> flat = new LinkedHashMap<>();
  /** Candidate layer → its channel count. */
  private final Map<String, Integer> flatChannels = new LinkedHashMap<>();
  /** Source layer → the candidates with its channel count. */
  private final Map<String, List<String>> candidates = new LinkedHashMap<>();
  private final Map<String, SourceLayer> sources = new LinkedHashMap<>();

  /**
   * @param pooledSources the source layers of the pooled ROIs
   * @param model the source model's layers
   * @param images the number of images the model runs on
   */
  SpatialMeans(List<SourceLayer> pooledSources, List<LayerInfo> model, int images) {
    for (SourceLayer s : pooledSources) {
      if (s.positions() == 1 || sources.containsKey(s.name())) {
        continue; // a flat source is its own spatial mean
      }
      List<String> c = new ArrayList<>();
      for (LayerInfo l : model) {
        int[] shape = l.shape();
        boolean isFlat = shape.length == 1 || shape.length == 3 && shape[1] == 1 && shape[2] == 1;
        if (isFlat && shape[0] == s.channels() && !l.name().equals(s.name())) {
          c.add(l.name());
          flat.putIfAbsent(l.name(), new float[images][]);
          flatChannels.put(l.name(), shape[0]);
        }
      }
      if (!c.isEmpty()) {
        sources.put(s.name(), s);
        candidates.put(s.name(), c);
        means.put(s.name(), new float[images][]);
      }
    }
  }

  /** Bytes held until {@link #equivalents} (for the memory check). */
  long bytes(int images) {
    long channels = 0;
    for (SourceLayer s : sources.values()) {
      channels += s.channels();
    }
    for (int c : flatChannels.values()) {
      channels += c;
    }
    return 4L * images * channels;
  }

  /** The candidate layers the model must also give. */
  List<String> extraLayers() {
    return new ArrayList<>(flat.keySet());
  }

  /** Takes a batch of the source model's activations, in {@link
   * org.brainalign.api.model.ActivationSink} layout. */
  void accept(String layer, int first, int count, float[] batch) {
    SourceLayer s = sources.get(layer);
    if (s != null) {
      int p = s.positions();
      for (int i = 0; i < count; i++) {
        float[] m = new float[s.channels()];
        for (int c = 0; c < m.length; c++) {
          double sum = 0;
          int off = i * s.size() + c * p;
          for (int x = 0; x < p; x++) {
            sum += batch[off + x];
          }
          m[c] = (float) (sum / p);
        }
        means.get(layer)[first + i] = m;
      }
    }
    float[][] f = flat.get(layer);
    if (f != null) {
      int width = batch.length / count;
      for (int i = 0; i < count; i++) {
        float[] row = new float[width];
        System.arraycopy(batch, i * width, row, 0, width);
        f[first + i] = row;
      }
    }
  }

  /** Source layer → the layers equal to its spatial mean on every image. */
  Map<String, List<String>> equivalents() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : candidates.entrySet()) {
      float[][] m = means.get(e.getKey());
      double scale = 0;
      for (float[] row : m) {
        for (float v : row) {
          scale = Math.max(scale, Math.abs(v));
        }
      }
      List<String> same = new ArrayList<>();
      for (String layer : e.getValue()) {
        float[][] f = flat.get(layer);
        double worst = 0;
        for (int i = 0; i < m.length; i++) {
          for (int c = 0; c < m[i].length; c++) {
            worst = Math.max(worst, Math.abs(f[i][c] - m[i][c]));
          }
        }
        if (worst <= TOLERANCE * Math.max(scale, Float.MIN_NORMAL)) {
          same.add(layer);
        }
      }
      out.put(e.getKey(), same);
    }
    return out;
  }
}
