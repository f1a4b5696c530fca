package org.brainalign.plugins.simulated;

import java.util.Locale;
import org.brainalign.plugins.simulated.filter.FilterBank;
import org.brainalign.plugins.simulated.random.Streams;
import org.brainalign.plugins.simulated.scene.Scene;
import org.brainalign.plugins.simulated.scene.SceneRenderer;
import org.brainalign.plugins.simulated.scene.SceneSampler;
import org.brainalign.plugins.simulated.voxel.GlobalFeatures;

/**
 * Measures the constants {@code MEAN} and {@code SD} of
 * {@link org.brainalign.plugins.simulated.voxel.GlobalFeatures}: mean and population sd of each raw
 * continuous feature over 2,000 scenes of seed 0 rendered at 112 px. A tool, not a test:
 * {@code bench/test-main plugins/simulated org.brainalign.plugins.simulated.CalibrateFeatures [N]}
 * (from the repository root).
 */
public final class CalibrateFeatures {

  private CalibrateFeatures() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    double[] sum = null;
    double[] sumSq = null;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Scene scene = SceneSampler.sample(Streams.SCENE.draws(0, i, 0));
      double[] raw = GlobalFeatures.raw(scene, FilterBank.energy(SceneRenderer.render(scene, 112)));
      if (sum == null) {
        sum = new double[raw.length];
        sumSq = new double[raw.length];
      }
      for (int j = 0; j < raw.length; j++) {
        sum[j] += raw[j];
        sumSq[j] += raw[j] * raw[j];
      }
    }
    StringBuilder mean = new StringBuilder();
    StringBuilder sd = new StringBuilder();
    for (int j = 0; j < sum.length; j++) {
      double mu = sum[j] / n;
      mean.append(String.format(Locale.ROOT, "%.4f, ", mu));
      sd.append(String.format(Locale.ROOT, "%.4f, ", Math.sqrt(sumSq[j] / n - mu * mu)));
    }
    System.out.println("MEAN = {" + mean + "}");
    System.out.println("SD = {" + sd + "}");
    System.out.printf(Locale.ROOT, "%d scenes in %.2f s%n", n, (System.nanoTime() - start) / 1e9);
  }
}
