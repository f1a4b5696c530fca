package org.brainalign.plugins.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.simulated.trial.Trials;
import org.junit.jupiter.api.Test;

/**
 * Trial noise and repetitions behave as documented: one trial's reliability (correlation of two
 * trials over images, mean over voxels) is 1 / (1 + noise²), rows are the mean of the trials, and
 * noise = 0 gives the standardised signal itself.
 */
class NoiseAndRepetitionsTest {

  /** Pearson correlation of column v of two (n × q) matrices. */
  private static double correlation(double[] a, double[] b, int n, int q, int v) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i * q + v];
      mb += b[i * q + v];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      double da = a[i * q + v] - ma;
      double db = b[i * q + v] - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    return sab / Math.sqrt(saa * sbb);
  }

  private static double meanReliability(double[] a, double[] b, int n, int q) {
    double s = 0;
    for (int v = 0; v < q; v++) {
      s += correlation(a, b, n, q, v);
    }
    return s / q;
  }

  @Test
  void singleTrialAndSplitHalfReliabilityMatchTheNoiseLevel() {
    int n = 240;
    int q = 150;
    for (double noise : new double[] {0.5, 1.0, 2.0}) {
      try (SimulatedDataset ds = Datasets.create(Map.of("noise", Double.toString(noise)))) {
        for (Roi roi : Roi.values()) {
          Trials t = ds.trials(0, roi, RunContext.quiet(2), true);
          double expected = 1 / (1 + noise * noise);
          double single = meanReliability(t.trials()[0], t.trials()[1], n, q);
          System.out.printf("noise %.1f %s: single-trial reliability %.3f (expected %.3f)%n", noise,
              roi.label(), single, expected);
          // Mean over 150 voxels of correlations over 240 images: sampling sd well under 0.02.
          assertThat(single).isCloseTo(expected, within(0.04));
          // Split half: trial 0 against trial 2 (independent of the pair above).
          assertThat(meanReliability(t.trials()[0], t.trials()[2], n, q))
              .isCloseTo(expected, within(0.04));
        }
      }
    }
  }

  @Test
  void rowsAreTheMeanOfTheTrials() {
    Map<String, String> opts = Map.of("images", "50", "voxels", "10", "size", "48",
        "repetitions", "5", "noise", "1.5");
    try (SimulatedDataset ds = Datasets.create(opts)) {
      Trials t = ds.trials(0, Roi.LATE, RunContext.quiet(1), true);
      double[] mean = ds.responses("subj01", "late", RunContext.quiet(1)).data().data().toDense()
          .data();
      assertThat(t.trials()).hasNumberOfRows(5);
      for (int i = 0; i < mean.length; i++) {
        double s = 0;
        for (double[] trial : t.trials()) {
          s += trial[i];
        }
        assertThat(mean[i]).isCloseTo(s / 5, within(1e-12));
      }
      // Residual of the mean around the standardised signal: sd = noise / sqrt(repetitions).
      double[] signal = ds.signals(RunContext.quiet(1)).late()[0];
      double[] z = Trials.standardise(signal, 50, 10);
      double ss = 0;
      for (int i = 0; i < mean.length; i++) {
        ss += (mean[i] - z[i]) * (mean[i] - z[i]);
      }
      assertThat(Math.sqrt(ss / mean.length)).isCloseTo(1.5 / Math.sqrt(5), within(0.08));
    }
  }

  @Test
  void noNoiseGivesTheStandardisedSignal() {
    Map<String, String> opts = Map.of("images", "40", "voxels", "12", "size", "48", "noise", "0");
    try (SimulatedDataset ds = Datasets.create(opts)) {
      for (String roi : Roi.NAMES) {
        double[] y = ds.responses("subj01", roi, RunContext.quiet(1)).data().data().toDense().data();
        for (int v = 0; v < 12; v++) {
          double s = 0;
          double ss = 0;
          for (int i = 0; i < 40; i++) {
            s += y[i * 12 + v];
            ss += y[i * 12 + v] * y[i * 12 + v];
          }
          assertThat(s / 40).isCloseTo(0, within(1e-12));
          assertThat(ss / 40).isCloseTo(1, within(1e-12));
        }
      }
    }
  }
}
