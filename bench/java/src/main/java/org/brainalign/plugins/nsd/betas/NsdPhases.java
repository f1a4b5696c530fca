package org.brainalign.plugins.nsd.betas;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.brainalign.support.nifti.NiftiReader;
import org.brainalign.support.nifti.NiftiVolume;

/**
 * Times opening one session file and reading one ROI's voxels from it, REPS times (the first after
 * whatever the page cache holds), without the rest of the pipeline ({@code bench/run nsd}).
 *
 * <pre>NsdPhases ROOT ROI_FAMILY chunks|planes [REPS]</pre>
 */
public final class NsdPhases {
  private NsdPhases() {}

  public static void main(String[] a) {
    Path root = Path.of(a[0]);
    NiftiVolume v = NiftiReader.read(
        root.resolve("nsddata/ppdata/subj01/func1pt8mm/roi/" + a[1] + ".nii.gz"));
    int n = 0;
    int[] flat = new int[v.data().length];
    for (int f = 0; f < flat.length; f++) {
      if (v.data()[f] >= 1) {
        flat[n++] = f;
      }
    }
    flat = Arrays.copyOf(flat, n);
    Path s = root.resolve(
        "nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf_GLMdenoise_RR/betas_session01.hdf5");
    int reps = a.length > 3 ? Integer.parseInt(a[3]) : 5;
    for (int rep = 0; rep < reps; rep++) {
      long t0 = System.nanoTime();
      try (BetaSessionFile f = BetaSessionFile.open(s)) {
        long t1 = System.nanoTime();
        f.readVoxels(flat, ReadStrategy.valueOf(a[2].toUpperCase(Locale.ROOT)));
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "voxels=%d read=%s open=%.1f ms read_ms=%.1f%n", n, a[2],
            (t1 - t0) / 1e6, (t2 - t1) / 1e6);
      }
    }
  }
}
