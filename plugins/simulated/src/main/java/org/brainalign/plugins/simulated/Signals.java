package org.brainalign.plugins.simulated;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.brainalign.api.BrainAlignException;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.simulated.filter.EnergyMaps;
import org.brainalign.plugins.simulated.filter.FilterBank;
import org.brainalign.plugins.simulated.scene.Scene;
import org.brainalign.plugins.simulated.scene.SceneRenderer;
import org.brainalign.plugins.simulated.voxel.EarlyPopulation;
import org.brainalign.plugins.simulated.voxel.GlobalFeatures;
import org.brainalign.plugins.simulated.voxel.LatePopulation;

/**
 * Noiseless responses of every subject's voxels to every image, computed in one pass over the images
 * (render, filter, respond; the energy maps are dropped after each image). Images are independent,
 * so the pass runs on {@link RunContext#threads()} threads with the same result bits.
 *
 * @param scenes the scene of each image
 * @param early per subject, {@code (nImages × voxels)} row-major
 * @param late per subject, {@code (nImages × voxels)} row-major
 */
record Signals(List<Scene> scenes, double[][] early, double[][] late) {

  static Signals compute(SimulatedConfig config, List<EarlyPopulation> early,
      List<LatePopulation> late, RunContext context) {
    int n = config.images();
    int q = config.voxels();
    int subjects = early.size();
    Scene[] scenes = new Scene[n];
    double[][] e = new double[subjects][n * q];
    double[][] l = new double[subjects][n * q];
    int threads = Math.max(1, Math.min(context.threads(), n));
    AtomicInteger next = new AtomicInteger();
    try (Progress progress = context.progress("simulate " + n + " images", n)) {
      Runnable worker = () -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          Scene scene = SceneImages.scene(config, i);
          EnergyMaps maps = FilterBank.energy(SceneRenderer.render(scene, config.size()));
          double[] features = GlobalFeatures.of(scene, maps);
          for (int s = 0; s < subjects; s++) {
            early.get(s).respond(maps, e[s], i * q);
            late.get(s).respond(features, l[s], i * q);
          }
          scenes[i] = scene;
          progress.advance(1);
        }
      };
      if (threads == 1) {
        worker.run();
      } else {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
          Thread t = new Thread(r, "simulated-images");
          t.setDaemon(true);
          return t;
        });
        try {
          List<Future<?>> futures = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(worker));
          }
          for (Future<?> f : futures) {
            f.get();
          }
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          throw new BrainAlignException("interrupted while simulating images", ex);
        } catch (ExecutionException ex) {
          throw new BrainAlignException("simulating images failed: " + ex.getCause(), ex.getCause());
        } finally {
          pool.shutdownNow();
        }
      }
    }
    return new Signals(List.of(scenes), e, l);
  }
}
