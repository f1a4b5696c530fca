package org.brainalign.support.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.brainalign.api.extension.InvalidOptionException;

/**
 * The Natural Scenes Dataset's noise ceiling signal-to-noise ratio ({@code ncsnr}) and noise ceiling,
 * computed from single trials (Allen et al. 2022, "A massive 7T fMRI dataset to bridge cognitive
 * neuroscience and artificial intelligence", Nature Neuroscience 25:116–126, Methods, "Noise
 * ceiling").
 *
 * <p>The trials must already be z-scored per voxel within each session, as NSD does, so that the
 * total variance of a voxel is 1. Then, per voxel:
 *
 * <pre>
 *   σ²_noise = mean over stimuli s with n_s ≥ 2 trials of  Σ_t (b_st − mean_t b_st)² / (n_s − 1)
 *   σ²_signal = max(0, 1 − σ²_noise)
 *   ncsnr    = √σ²_signal / √σ²_noise
 *   NC(n)    = 100 · ncsnr² / (ncsnr² + 1/n)      (percent of variance, responses averaged over n trials)
 * </pre>
 *
 * The variance across a stimulus's repetitions uses the unbiased estimator (ddof = 1), as the paper
 * states ("the unbiased estimator that normalizes by n − 1"); every stimulus with at least two trials
 * counts once, whatever its trial count (NSD's images all have three). Edge values: a voxel whose
 * repetitions agree exactly has {@code σ²_noise = 0}, {@code ncsnr = +∞} and {@code NC = 100}; a
 * noise variance of 1 or more gives {@code ncsnr = 0} and {@code NC = 0}; NaN trials give NaN.
 */
public final class NoiseCeiling {
  private NoiseCeiling() {}

  /**
   * The noise variance of each voxel.
   *
   * @param trials z-scored trials, shape {@code (nTrials × nVoxels)}, rows of equal length
   * @param stimuli the stimulus of each trial, size {@code nTrials}; equal ids are repetitions
   * @return {@code σ²_noise}, size {@code nVoxels}
   * @throws IllegalArgumentException when the sizes differ or no stimulus has two trials
   */
  public static double[] noiseVariance(double[][] trials, List<String> stimuli) {
    List<int[]> repeated = repeatedStimuli(trials.length, stimuli);
    int voxels = trials.length == 0 ? 0 : trials[0].length;
    double[] noise = new double[voxels];
    for (int v = 0; v < voxels; v++) {
      double sum = 0;
      for (int[] rows : repeated) {
        double mean = 0;
        for (int r : rows) {
          mean += trials[r][v];
        }
        mean /= rows.length;
        double ss = 0;
        for (int r : rows) {
          ss += (trials[r][v] - mean) * (trials[r][v] - mean);
        }
        sum += ss / (rows.length - 1);
      }
      noise[v] = sum / repeated.size();
    }
    return noise;
  }

  /**
   * {@code ncsnr} of each voxel: {@link #ncsnr(double)} of {@link #noiseVariance}.
   *
   * @return ncsnr, size {@code nVoxels}, in {@code [0, +∞]} (NaN for NaN trials)
   */
  public static double[] ncsnr(double[][] trials, List<String> stimuli) {
    double[] noise = noiseVariance(trials, stimuli);
    double[] out = new double[noise.length];
    for (int v = 0; v < out.length; v++) {
      out[v] = ncsnr(noise[v]);
    }
    return out;
  }

  /**
   * @param noiseVariance {@code σ²_noise} of z-scored betas
   * @return {@code √max(0, 1 − σ²_noise) / √σ²_noise}; {@code +∞} for 0
   */
  public static double ncsnr(double noiseVariance) {
    return Math.sqrt(Math.max(0.0, 1.0 - noiseVariance)) / Math.sqrt(noiseVariance);
  }

  /**
   * The noise ceiling of responses averaged over {@code n} trials, in percent of variance.
   *
   * @param ncsnr a voxel's ncsnr, {@code ≥ 0} or {@code +∞}
   * @param n trials averaged, {@code ≥ 1}
   * @return {@code 100 · ncsnr² / (ncsnr² + 1/n)}; 100 for {@code +∞}
   * @throws IllegalArgumentException when {@code n < 1}
   */
  public static double ceiling(double ncsnr, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("trials averaged must be at least 1, found " + n);
    }
    if (ncsnr == Double.POSITIVE_INFINITY) {
      return 100.0;
    }
    double s2 = ncsnr * ncsnr;
    return 100.0 * s2 / (s2 + 1.0 / n);
  }

  /**
   * The noise ceiling of rows that average unequal numbers of trials {@code n_r}, as a fraction of
   * variance (Allen et al. 2022, Methods: {@code 1/n} becomes the mean over rows of {@code 1/n_r}).
   *
   * @param ncsnr a voxel's ncsnr, {@code ≥ 0} or {@code +∞}
   * @param meanInverseTrials the mean over rows of {@code 1/n_r}, in {@code (0, 1]}
   * @return {@code ncsnr² / (ncsnr² + meanInverseTrials)} in {@code [0, 1]}; 1 for {@code +∞}; NaN
   *     for NaN or a negative ncsnr
   */
  public static double fraction(double ncsnr, double meanInverseTrials) {
    if (ncsnr == Double.POSITIVE_INFINITY) {
      return 1.0;
    }
    double s2 = ncsnr * ncsnr;
    return ncsnr >= 0 ? s2 / (s2 + meanInverseTrials) : Double.NaN;
  }

  /** The rows of each stimulus with at least two trials, stimuli in order of first trial. */
  private static List<int[]> repeatedStimuli(int rows, List<String> stimuli) {
    if (stimuli.size() != rows) {
      throw new IllegalArgumentException("one stimulus id per trial expected: " + rows
          + " trials, " + stimuli.size() + " stimulus ids");
    }
    Map<String, List<Integer>> byStimulus = new LinkedHashMap<>();
    for (int r = 0; r < rows; r++) {
      byStimulus.computeIfAbsent(stimuli.get(r), s -> new ArrayList<>()).add(r);
    }
    List<int[]> repeated = new ArrayList<>();
    for (List<Integer> r : byStimulus.values()) {
      if (r.size() >= 2) {
        repeated.add(r.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    if (repeated.isEmpty()) {
      throw new IllegalArgumentException("the noise ceiling needs a stimulus with at least 2 "
          + "trials; the " + rows + " trials show " + byStimulus.size() + " stimuli once each");
    }
    return repeated;
  }

  /**
   * The value of a dataset's {@code ncsnr-min} option: empty for {@code none}, else the minimum
   * ncsnr a voxel must reach to be kept.
   *
   * @param extension the dataset's id, for the message
   * @throws InvalidOptionException unless {@code none} or a finite number {@code >= 0}
   */
  public static OptionalDouble parseMinimum(String extension, String value) {
    if (value.strip().equalsIgnoreCase("none")) {
      return OptionalDouble.empty();
    }
    double x;
    try {
      x = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      x = Double.NaN;
    }
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new InvalidOptionException("option 'ncsnr-min' of '" + extension + "': expected none "
          + "or a finite number >= 0 (an ncsnr, e.g. 0.2), found '" + value + "'. Pass e.g. "
          + "ncsnr-min=0.2, or leave the option out to keep every voxel.");
    }
    return OptionalDouble.of(x);
  }
}
