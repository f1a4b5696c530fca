package org.brainalign.plugins.surrogate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/**
 * Each voxel's ncsnr (voxels table) against the value one trial's reliability r fixes,
 * √(r / (1 − r)) (z-scored trials: signal variance r, noise variance 1 − r).
 *
 * <p>Tolerance of the known-answer test: a voxel's noise variance is estimated from n(T − 1)
 * degrees of freedom, so (delta method) its ncsnr has sd about √(2 / (n(T − 1))) / (2√(r(1 − r)));
 * voxels have independent noise, so the mean over m voxels has that sd / √m. At n = 120, T = 3,
 * m = 200 that is 0.0066 (r 0.3), 0.0065 (0.5) and 0.0081 (0.8); a numpy simulation of the same
 * design gives a little less (the z-scoring's own scatter is correlated with the noise estimate)
 * and a bias below 0.3 sd (Jensen, O(1/n)). The margin is 4 such sd. The mistakes this catches
 * miss by far more: the variance across trials with ddof 0 (× 2/3) gives 2.55 instead of 2 at
 * r 0.8 and 1.41 instead of 1 at 0.5; ncsnr of trials not z-scored (noise variance 1/r − 1 in signal
 * units) gives 1.73 at r 0.8 and 0 at 0.3 and 0.5; averaged rows have no repetitions at all.
 */
class NcsnrTest {
  static final RunContext CONTEXT = ToyModel.context();

  @Test
  void meanNcsnrIsTheOneTheReliabilityFixes() {
    int n = 120;
    int trials = 3;
    for (double r : new double[] {0.3, 0.5, 0.8}) {
      for (long seed = 0; seed < 2; seed++) {
        try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("seed", "" + seed,
            "reliability", "" + r, "images", "" + n, "voxels", "100", "trials", "" + trials))) {
          double sum = 0;
          int m = 0;
          for (String roi : List.of("early", "late")) {
            double[] ncsnr = ds.responses("subj01", roi, CONTEXT).voxels().numbers("ncsnr");
            sum += Arrays.stream(ncsnr).sum();
            m += ncsnr.length;
          }
          double sd = Math.sqrt(2.0 / (n * (trials - 1))) / (2 * Math.sqrt(r * (1 - r)));
          assertThat(sum / m).as("seed %d reliability %s", seed, r)
              .isCloseTo(Math.sqrt(r / (1 - r)), within(4 * sd / Math.sqrt(m)));
        }
      }
    }
  }

  /**
   * The column is NSD's definition applied to the separate rows (the trials): z-scored per voxel
   * over all T·n rows with the population sd, then the mean over images of the variance across
   * their T rows with ddof 1 — the same for {@code repetitions=mean}, whose trials are the same.
   */
  @Test
  void ncsnrIsNsdsDefinitionOnTheTrials() {
    int n = 25;
    int trials = 4;
    Map<String, String> options = Surrogates.toy("images", "" + n, "trials", "" + trials,
        "reliability", "0.6", "voxels", "15");
    try (SurrogateDataset mean = Surrogates.create(options);
        SurrogateDataset separate = Surrogates.create(Surrogates.toy("images", "" + n, "trials",
            "" + trials, "reliability", "0.6", "voxels", "15", "repetitions", "separate"))) {
      for (String roi : List.of("early", "late")) {
        Responses rows = separate.responses("subj01", roi, CONTEXT);
        double[] expected = ncsnr(rows.data().data(), n, trials);
        assertThat(rows.voxels().numbers("ncsnr")).containsExactly(expected, within(1e-12));
        assertThat(mean.responses("subj01", roi, CONTEXT).voxels().numbers("ncsnr"))
            .containsExactly(expected, within(1e-12));
      }
    }
  }

  @Test
  void theManifestStatesTheExpectedNcsnrAndCeiling() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("reliability", "0.8"))) {
      Responses r = ds.responses("subj01", "early", CONTEXT);
      @SuppressWarnings("unchecked")
      Map<String, Object> answer = (Map<String, Object>) r.manifest().get("known_answer");
      assertThat((double) answer.get("ncsnr")).isCloseTo(2.0, within(1e-12));
      // NC = 100 · ncsnr² / (ncsnr² + 1/T) = 100 · T r / (1 + (T − 1) r) at T = 3
      assertThat((double) answer.get("noise_ceiling")).isCloseTo(100 * 2.4 / 2.6, within(1e-9));
      assertThat(answer).containsEntry("trials", 3).containsEntry("repetitions", "mean");
      assertThat((String) r.manifest().get("ncsnr")).contains("ddof 0").contains("ddof 1");
    }
  }

  @Test
  void oneTrialHasNoNcsnr() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("trials", "1"))) {
      Responses r = ds.responses("subj01", "late", CONTEXT);
      assertThat(r.voxels().columns()).doesNotContain("ncsnr");
      assertThat((String) r.manifest().get("ncsnr")).contains("not computed");
    }
  }

  /** NSD's ncsnr of trial-major rows {@code (trials · n × q)}, written out independently. */
  static double[] ncsnr(Matrix rows, int n, int trials) {
    int total = n * trials;
    double[] out = new double[rows.columns()];
    for (int v = 0; v < out.length; v++) {
      double mu = 0;
      for (int k = 0; k < total; k++) {
        mu += rows.get(k, v);
      }
      mu /= total;
      double ss = 0;
      for (int k = 0; k < total; k++) {
        ss += (rows.get(k, v) - mu) * (rows.get(k, v) - mu);
      }
      double sd = Math.sqrt(ss / total);
      double noise = 0;
      for (int i = 0; i < n; i++) {
        double m = 0;
        for (int t = 0; t < trials; t++) {
          m += (rows.get(t * n + i, v) - mu) / sd;
        }
        m /= trials;
        double s = 0;
        for (int t = 0; t < trials; t++) {
          double d = (rows.get(t * n + i, v) - mu) / sd - m;
          s += d * d;
        }
        noise += s / (trials - 1);
      }
      noise /= n;
      out[v] = Math.sqrt(Math.max(0, 1 - noise)) / Math.sqrt(noise);
    }
    return out;
  }
}
