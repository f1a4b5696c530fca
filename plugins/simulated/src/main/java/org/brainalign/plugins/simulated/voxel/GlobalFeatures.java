package org.brainalign.plugins.simulated.voxel;

import org.brainalign.plugins.simulated.filter.EnergyMaps;
import org.brainalign.plugins.simulated.filter.FilterBank;
import org.brainalign.plugins.simulated.scene.Patch;
import org.brainalign.plugins.simulated.scene.Scene;
import org.brainalign.plugins.simulated.scene.Shape;

/**
 * The position-invariant description of an image that drives the {@code late} ROI, a vector of
 * {@link #SIZE} values in blocks ({@link #BLOCKS}):
 * <ol>
 *   <li>configuration (6): patch count, total patch area {@code Σ r²}, largest radius, mean radius,
 *       fraction of fine patches (wavelength below 0.07 of the side), orientation coherence
 *       {@code |mean e^{2iθ}|} — each standardised with fixed constants;
 *   <li>patch shape ("category"), one-hot (3);
 *   <li>texture family, one-hot (3);
 *   <li>pooled energy: per channel, {@code log(1e-6 + mean over the grid)}, standardised (8);
 *   <li>conjunctions texture × shape (9), products of the one-hots;
 *   <li>spatial variability: per channel, {@code log(1e-4 + sd over the grid) - log(1e-4 + mean)},
 *       standardised (8).
 * </ol>
 * Pooled energy and variability are texture statistics in the sense of Portilla &amp; Simoncelli
 * (2000): local nonlinear features pooled over the whole image. None of these change when a patch
 * moves, except through edge effects and patches overlapping one another. (Cross-channel
 * co-occurrence, {@code mean sqrt(E_a E_b)}, was tried and left out: it is made where patches
 * overlap or border, so it moves with the layout: 0.18 voxel sds for one moved patch.) The palette
 * is deliberately absent: colour is carried best by the earliest layers of a network, so it would
 * pull the late ROI's best layer forward. The standardising constants are fixed (measured on 2,000
 * scenes of seed 0 at 112 px by the test-scope {@code CalibrateFeatures}), so one image's features
 * never depend on the other images.
 */
public final class GlobalFeatures {
  /** Number of continuous configuration features. */
  static final int CONFIGURATION = 6;
  /** Number of raw continuous features: configuration, log pooled energy, variability. */
  static final int CONTINUOUS = CONFIGURATION + 2 * FilterBank.CHANNELS;
  /** Number of features. */
  public static final int SIZE = CONFIGURATION + 3 + 3 + FilterBank.CHANNELS + 9
      + FilterBank.CHANNELS;
  /** Index of the first feature of each block, and the end. */
  static final int[] BLOCKS = {0, CONFIGURATION, CONFIGURATION + 3, CONFIGURATION + 6,
      CONFIGURATION + 6 + FilterBank.CHANNELS, CONFIGURATION + 15 + FilterBank.CHANNELS, SIZE};

  /**
   * Means of the raw continuous features: configuration (6), log pooled energy (8), variability (8).
   */
  static final double[] MEAN = {
      2.9650, 0.0340, 0.1196, 0.1051, 0.5027, 0.6065,
      -3.5902, -3.6576, -3.5874, -3.6998, -3.8633, -4.0338, -3.8846, -4.0602,
      0.6594, 0.6183, 0.6602, 0.6320, 0.5533, 0.5120, 0.5727, 0.5354};
  /** Population sds of the raw continuous features, in the order of {@link #MEAN}. */
  static final double[] SD = {
      1.4127, 0.0178, 0.0171, 0.0139, 0.3366, 0.3085,
      0.9902, 1.0032, 0.9699, 1.0008, 1.0483, 1.1347, 1.0240, 1.1117,
      0.7239, 0.7365, 0.7252, 0.7246, 0.6835, 0.7171, 0.6684, 0.6985};

  private GlobalFeatures() {}

  /**
   * The raw continuous features ({@link #CONTINUOUS}): configuration (6), log pooled energy (8),
   * spatial variability (8).
   */
  public static double[] raw(Scene scene, EnergyMaps maps) {
    double[] r = new double[CONTINUOUS];
    double area = 0;
    double maxRadius = 0;
    double sumRadius = 0;
    int fine = 0;
    double cos = 0;
    double sin = 0;
    for (Patch p : scene.patches()) {
      area += p.radius() * p.radius();
      maxRadius = Math.max(maxRadius, p.radius());
      sumRadius += p.radius();
      fine += p.wavelength() < 0.07 ? 1 : 0;
      cos += StrictMath.cos(2 * p.orientation());
      sin += StrictMath.sin(2 * p.orientation());
    }
    int count = scene.patches().size();
    r[0] = count;
    r[1] = area;
    r[2] = maxRadius;
    r[3] = sumRadius / count;
    r[4] = (double) fine / count;
    r[5] = StrictMath.sqrt(cos * cos + sin * sin) / count;
    textureStatistics(maps, r, CONFIGURATION);
    return r;
  }

  /** Log pooled energy (8) and spatial variability (8) of {@code maps}, into {@code r[at …]}. */
  static void textureStatistics(EnergyMaps maps, double[] r, int at) {
    int channels = FilterBank.CHANNELS;
    int plane = FilterBank.GRID * FilterBank.GRID;
    double[] v = maps.values();
    double[] mean = new double[channels];
    for (int c = 0; c < channels; c++) {
      mean[c] = maps.pooled(c);
      double ss = 0;
      for (int i = c * plane, end = i + plane; i < end; i++) {
        double d = v[i] - mean[c];
        ss += d * d;
      }
      r[at + c] = StrictMath.log(1e-6 + mean[c]);
      r[at + channels + c] = StrictMath.log(1e-4 + StrictMath.sqrt(ss / plane))
          - StrictMath.log(1e-4 + mean[c]);
    }
  }

  /** The feature vector of {@code scene}, whose rendered image has energy {@code maps}. */
  public static double[] of(Scene scene, EnergyMaps maps) {
    double[] raw = raw(scene, maps);
    double[] f = new double[SIZE];
    for (int j = 0; j < CONFIGURATION; j++) {
      f[j] = (raw[j] - MEAN[j]) / SD[j];
    }
    int shape = scene.shape().ordinal();
    int texture = scene.texture().ordinal();
    f[BLOCKS[1] + shape] = 1;
    f[BLOCKS[2] + texture] = 1;
    for (int c = 0; c < FilterBank.CHANNELS; c++) {
      f[BLOCKS[3] + c] = (raw[CONFIGURATION + c] - MEAN[CONFIGURATION + c]) / SD[CONFIGURATION + c];
    }
    f[BLOCKS[4] + texture * Shape.values().length + shape] = 1;
    for (int j = 0; j < FilterBank.CHANNELS; j++) {
      int i = CONFIGURATION + FilterBank.CHANNELS + j;
      f[BLOCKS[5] + j] = (raw[i] - MEAN[i]) / SD[i];
    }
    return f;
  }
}
