package org.brainalign.plugins.surrogate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.ModelFactory;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.simulated.random.Streams;
import org.brainalign.plugins.surrogate.readout.ChannelMixture;
import org.brainalign.plugins.surrogate.readout.PooledReadout;
import org.brainalign.plugins.surrogate.readout.Whitening;

/**
 * The latent channels of every ROI on every image (the largest n of a grid), computed in one pass
 * of the source model: local ROIs keep the (d × H·W) map of each image, pooled ROIs only its
 * spatial mean (d). The channel mixture of an ROI is shared by all subjects (it is part of the
 * answer); subjects differ in their voxels. Whitening is fitted per number of images n, on the
 * first n images, and applied on read: a subject of n images sees exactly the latents of a dataset
 * of those n images, while only the largest n is ever held.
 */
final class Latents {

  /** Mixture stream index of ROI {@code r}, apart from every subject's voxel streams. */
  static final long MIXTURE = 1_000_000L;

  /**
   * Checks every ROI against the source model's layers.
   *
   * @throws InvalidInputException for an unknown layer, a latent size above the channels, or a
   *     receptive field larger than the map
   */
  static Map<String, SourceLayer> check(SurrogateConfig config, VisionModel model) {
    Map<String, SourceLayer> out = new LinkedHashMap<>();
    for (SurrogateRoi roi : config.rois()) {
      out.put(roi.name(), SourceLayer.check(roi, config, model.layers()));
    }
    return out;
  }

  private final Map<String, SourceLayer> layers;
  /** Per ROI, {@code [image]} → latent before whitening (d × positions for local, d for pooled). */
  private final Map<String, float[][]> values;
  private final Map<String, Integer> latent;
  private final boolean whiten;
  private final Map<String, Whitening> whitenings = new HashMap<>();
  /** Source layer → the model's layers equal to its spatial mean ({@link SpatialMeans}). */
  private final Map<String, List<String>> spatialMeans;
  /** The pooled ROIs. */
  private final Set<String> readsSpatialMean;

  private Latents(Map<String, SourceLayer> layers, Map<String, float[][]> values,
      Map<String, Integer> latent, boolean whiten, Set<String> readsSpatialMean,
      Map<String, List<String>> spatialMeans) {
    this.layers = layers;
    this.readsSpatialMean = readsSpatialMean;
    this.spatialMeans = spatialMeans;
    this.values = values;
    this.latent = latent;
    this.whiten = whiten;
  }

  /** Each ROI's source layer. */
  Map<String, SourceLayer> layers() {
    return layers;
  }

  /**
   * The layers of the source model that hold exactly what ROI {@code roi} reads besides its source
   * layer: for a pooled ROI, those equal to the source's spatial mean; for a local one, none.
   */
  List<String> equivalentLayers(String roi) {
    SourceLayer l = layers.get(roi);
    return readsSpatialMean.contains(roi) ? spatialMeans.getOrDefault(l.name(), List.of())
        : List.of();
  }

  /** The number of images the latents were computed on. */
  int images() {
    return values.values().iterator().next().length;
  }

  /**
   * ROI {@code roi}'s latent of image {@code i} as a subject of the first {@code n} images sees it:
   * whitened over those n images (and positions, for a local ROI) when whitening is on, rounded to
   * float as stored.
   *
   * @return {@code (d × positions)} row-major for a local ROI, d values for a pooled one
   */
  double[] latent(String roi, int n, int i) {
    float[] v = values.get(roi)[i];
    double[] z = new double[v.length];
    for (int x = 0; x < z.length; x++) {
      z[x] = v[x];
    }
    if (whiten) {
      int d = latent.get(roi);
      whitening(roi, n).apply(z, v.length / d);
      for (int x = 0; x < z.length; x++) {
        z[x] = (float) z[x];
      }
    }
    return z;
  }

  private synchronized Whitening whitening(String roi, int n) {
    if (n < 2 || n > images()) {
      throw new IllegalArgumentException("whitening over " + n + " of " + images() + " images");
    }
    return whitenings.computeIfAbsent(roi + "\n" + n, k -> {
      float[][] v = values.get(roi);
      int d = latent.get(roi);
      return fit(v, n, d, v[0].length / d);
    });
  }

  static Latents compute(SurrogateConfig config, ImageSource images, RunContext context) {
    try (VisionModel model = ModelFactory.create(context, config.source())) {
      Map<String, SourceLayer> layers = check(config, model);
      int n = images.size();
      long bytes = 0;
      for (SurrogateRoi roi : config.rois()) {
        SourceLayer l = layers.get(roi.name());
        bytes += 4L * n * roi.latent() * (roi.readout() == Readout.LOCAL ? l.positions() : 1);
      }
      SpatialMeans spatialMeans = new SpatialMeans(config.rois().stream()
          .filter(r -> r.readout() == Readout.POOLED).map(r -> layers.get(r.name())).toList(),
          model.layers(), n);
      bytes += spatialMeans.bytes(n);
      if (bytes > context.memoryBudget()) {
        throw InvalidInputException.of("dataset 'surrogate'", "its latent channels (images × "
            + "latent × positions floats) to fit the memory budget of "
            + context.memoryBudget() / (1 << 20) + " MiB", bytes / (1 << 20) + " MiB",
            "Lower images or latent, or give the JVM more memory (-Xmx).");
      }
      Map<String, ChannelMixture> mixtures = new LinkedHashMap<>();
      Map<String, float[][]> values = new LinkedHashMap<>();
      Map<String, Integer> latent = new LinkedHashMap<>();
      for (int r = 0; r < config.rois().size(); r++) {
        SurrogateRoi roi = config.rois().get(r);
        mixtures.put(roi.name(), ChannelMixture.sample(layers.get(roi.name()).channels(),
            roi.latent(), Streams.TUNING.draws(config.seed(), MIXTURE, r)));
        values.put(roi.name(), new float[n][]);
        latent.put(roi.name(), roi.latent());
      }
      List<String> needed = new ArrayList<>(new LinkedHashSet<>(
          config.rois().stream().map(SurrogateRoi::layer).toList()));
      for (String extra : spatialMeans.extraLayers()) {
        if (!needed.contains(extra)) {
          needed.add(extra);
        }
      }
      model.extract(images, needed, (layer, first, count, batch) -> {
        spatialMeans.accept(layer, first, count, batch);
        for (SurrogateRoi roi : config.rois()) {
          if (!roi.layer().equals(layer)) {
            continue;
          }
          SourceLayer l = layers.get(roi.name());
          ChannelMixture a = mixtures.get(roi.name());
          float[][] out = values.get(roi.name());
          for (int i = 0; i < count; i++) {
            double[] z = a.apply(batch, i * l.size(), l.positions());
            out[first + i] = toFloat(roi.readout() == Readout.POOLED
                ? PooledReadout.pool(z, roi.latent(), l.positions()) : z);
          }
        }
      }, context);
      for (SurrogateRoi roi : config.rois()) {
        float[][] v = values.get(roi.name());
        for (int i = 0; i < n; i++) {
          if (v[i] == null) {
            throw new IllegalStateException("source model returned no " + roi.layer()
                + " activations for image " + i);
          }
        }
      }
      Set<String> pooled = new HashSet<>(config.rois().stream()
          .filter(r -> r.readout() == Readout.POOLED).map(SurrogateRoi::name).toList());
      return new Latents(layers, values, latent, config.whiten(), pooled,
          spatialMeans.equivalents());
    }
  }

  /** The whitening of the (d × positions) latents of the first n images, over images and positions. */
  static Whitening fit(float[][] v, int n, int d, int positions) {
    long total = (long) n * positions;
    int stride = (int) Math.max(1, total / 200_000);
    int m = (int) ((total + stride - 1) / stride);
    double[] samples = new double[m * d];
    int k = 0;
    for (long t = 0; t < total; t += stride, k++) {
      int i = (int) (t / positions);
      int p = (int) (t % positions);
      for (int j = 0; j < d; j++) {
        samples[k * d + j] = v[i][j * positions + p];
      }
    }
    return Whitening.fit(samples, k, d);
  }

  private static float[] toFloat(double[] z) {
    float[] f = new float[z.length];
    for (int i = 0; i < z.length; i++) {
      f[i] = (float) z[i];
    }
    return f;
  }
}
