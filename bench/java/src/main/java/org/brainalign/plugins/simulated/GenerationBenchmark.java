package org.brainalign.plugins.simulated;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;

/**
 * Times the simulated dataset: all responses of both ROIs (render, filter and respond for every image,
 * then noise), and reading every image again, on 1 and 2 threads. A tool, not a test: {@code
 * bench/run simulated} (arguments: the dataset options, key=value).
 */
public final class GenerationBenchmark {

  private GenerationBenchmark() {}

  public static void main(String[] args) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (String a : args) {
      String[] kv = a.split("=", 2);
      raw.put(kv[0], kv[1]);
    }
    run(raw, 1, "warm-up");
    for (int threads : new int[] {1, 2}) {
      for (int rep = 0; rep < 3; rep++) {
        run(raw, threads, "rep " + rep);
      }
    }
  }

  private static void run(Map<String, String> raw, int threads, String label) {
    long t0 = System.nanoTime();
    try (SimulatedDataset ds = (SimulatedDataset) new SimulatedDatasetProvider().create(Options.parse("simulated", new SimulatedDatasetProvider().options(), raw))) {
      RunContext ctx = RunContext.quiet(threads);
      for (String subject : ds.subjects()) {
        for (String roi : ds.rois(subject)) {
          ds.responses(subject, roi, ctx);
        }
      }
      long t1 = System.nanoTime();
      ImageSource images = ds.stimuli(ds.subjects().get(0), ctx);
      for (int i = 0; i < images.size(); i++) {
        images.read(i);
      }
      long t2 = System.nanoTime();
      System.out.printf(Locale.ROOT, "%-8s threads %d: responses %.2f s, reading all images %.2f s%n",
          label, threads, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
  }
}
