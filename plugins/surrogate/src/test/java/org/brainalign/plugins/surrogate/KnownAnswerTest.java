package org.brainalign.plugins.surrogate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.simulated.trial.Trials;
import org.junit.jupiter.api.Test;

/**
 * The known answer at several seeds, noise levels and sizes, over the {@link ToyModel} (layers
 * {@code a}, 8 × 6 × 6, and {@code b}, 16 × 3 × 3; ROI {@code early} reads {@code a} locally through 3
 * latent channels, {@code late} pools {@code b} through 8).
 *
 * <p>Margins: the mean over voxels of corr(responses, signal) must be within 0.06 of
 * {@code √(R r / (1 + (R − 1) r))} (its sd over 40 voxels at n = 60 is below 0.02); the pooled
 * ROI's noiseless signals span exactly its latent dimensionality (8) and are fitted by the pooled
 * source channels with R² ≥ 1 − 1e-6, by the other layer's pooled channels with R² below 0.99; the
 * local ROI's signals (3 latent channels, but 40 voxels at different windows) span more than 20.
 */
class KnownAnswerTest {
  static final RunContext CONTEXT = ToyModel.context();

  @Test
  void responsesHaveTheStatedReliability() {
    for (long seed = 0; seed < 3; seed++) {
      for (double r : new double[] {0.3, 0.9}) {
        for (int images : new int[] {60, 120}) {
          try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("seed", "" + seed,
              "reliability", "" + r, "trials", "2", "images", "" + images))) {
            for (int roi = 0; roi < 2; roi++) {
              Responses resp = ds.responses("subj01", ds.rois("subj01").get(roi), CONTEXT);
              double[] signal = Trials.standardise(ds.signal(0, roi, ds.latents(CONTEXT)), images,
                  40);
              double sum = 0;
              for (int v = 0; v < 40; v++) {
                double[] y = new double[images];
                for (int i = 0; i < images; i++) {
                  y[i] = resp.data().data().get(i, v);
                }
                sum += corr(y, Span.column(signal, images, 40, v));
              }
              double expected = Math.sqrt(2 * r / (1 + r));
              assertThat(sum / 40).as("seed %d reliability %s images %d roi %d", seed, r, images,
                  roi).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.06));
            }
          }
        }
      }
    }
  }

  @Test
  void pooledSignalsSpanTheLatentDimensionalityOfTheirOwnLayer() {
    for (long seed = 0; seed < 3; seed++) {
      for (int images : new int[] {60, 120}) {
        try (SurrogateDataset ds = Surrogates.create(Surrogates.toy("seed", "" + seed, "images",
            "" + images))) {
          Latents lat = ds.latents(CONTEXT);
          double[] late = ds.signal(0, 1, lat);
          double[] early = ds.signal(0, 0, lat);
          assertThat(new Span(late, images, 40).rank()).as("seed %d", seed).isEqualTo(8);
          // Local voxels read different windows: their signals span far more than 3 dimensions.
          assertThat(new Span(early, images, 40).rank()).as("seed %d", seed).isGreaterThan(20);
          double[][] pooled = pooledLayers(ds, images);
          Span own = new Span(pooled[1], images, 16);
          Span other = new Span(pooled[0], images, 8);
          double worst = 1;
          double otherBest = 0;
          for (int v = 0; v < 40; v++) {
            double[] y = Span.column(late, images, 40, v);
            worst = Math.min(worst, own.r2(y));
            otherBest = Math.max(otherBest, other.r2(y));
          }
          assertThat(worst).as("seed %d: R² from pooled b", seed).isGreaterThan(1 - 1e-6);
          assertThat(otherBest).as("seed %d: R² from pooled a", seed).isLessThan(0.99);
        }
      }
    }
  }

  @Test
  void theManifestStatesTheAnswer() {
    try (SurrogateDataset ds = Surrogates.create(Surrogates.toy())) {
      Responses r = ds.responses("subj01", "late", CONTEXT);
      @SuppressWarnings("unchecked")
      Map<String, Object> answer = (Map<String, Object>) r.manifest().get("known_answer");
      assertThat(answer).containsEntry("source_model", "toy").containsEntry("layer", "b")
          .containsEntry("readout", "pooled").containsEntry("latent_dimensionality", 8);
      assertThat(r.data().rowIds().get(0)).isEqualTo("sim-0000");
      assertThat(r.voxels().rows()).hasSize(40);
    }
  }

  /** Each layer's channels averaged over positions, (n × C) per layer. */
  static double[][] pooledLayers(SurrogateDataset ds, int n) {
    ToyModel m = new ToyModel(0);
    double[][] out = {new double[n * 8], new double[n * 16]};
    var images = ds.stimuli("subj01", CONTEXT);
    for (int i = 0; i < n; i++) {
      float[][] f = m.forward(images.read(i));
      for (int l = 0; l < 2; l++) {
        int c = l == 0 ? 8 : 16;
        int p = l == 0 ? 36 : 9;
        for (int k = 0; k < c; k++) {
          double s = 0;
          for (int j = 0; j < p; j++) {
            s += f[l][k * p + j];
          }
          out[l][i * c + k] = s / p;
        }
      }
    }
    return out;
  }

  static double corr(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i] / a.length;
      mb += b[i] / b.length;
    }
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
