package org.brainalign.plugins.nsd;

import java.util.HashMap;
import java.util.Map;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.extension.Options;
import org.brainalign.api.run.RunContext;

/**
 * Times NsdDataset.responses on a tree written by {@code bench/python/nsd_make_session.py}
 * ({@code bench/run nsd}).
 *
 * <pre>NsdBench ROOT ROI SESSIONS READ</pre>
 * ROI e.g. V1-V4 or nsdgeneral; SESSIONS e.g. 1 or 1-40; READ auto, chunks or planes.
 * Prints one line: roi, sessions, read, voxels, rows, seconds, MB/s of ROI betas, peak heap MB.
 */
public final class NsdBench {
  private NsdBench() {}

  public static void main(String[] args) {
    Map<String, String> raw = new HashMap<>();
    raw.put("root", args[0]);
    raw.put("sessions", args[2]);
    raw.put("read", args[3]);
    NsdDatasetProvider p = new NsdDatasetProvider();
    long start = System.nanoTime();
    try (BrainDataset ds = p.create(Options.parse(p.id(), p.options(), raw))) {
      Responses r = ds.responses("subj01", args[1], RunContext.quiet(1));
      double s = (System.nanoTime() - start) / 1e9;
      Map<?, ?> counts = (Map<?, ?>) r.manifest().get("counts");
      long trials = ((Number) counts.get("trials")).longValue();
      double mb = trials * r.data().columns() * 2 / 1e6;
      long peak = 0;
      for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(java.util.Locale.ROOT, "roi=%s sessions=%s read=%s voxels=%d rows=%d seconds=%.2f "
          + "roi_betas_MB=%.1f MB/s=%.1f peak_heap_MB=%d%n", args[1], args[2],
          r.manifest().get("read"), r.data().columns(), r.data().rows(), s, mb, mb / s,
          peak / (1 << 20));
    }
  }
}
