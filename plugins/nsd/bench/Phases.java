import java.nio.file.Path;

/**
 * Times opening one session file and reading one ROI's voxels from it, five times (the first
 * after whatever the page cache holds), without the rest of the pipeline.
 *
 * <pre>java -cp CLASSPATH Phases.java ROOT ROI_FAMILY chunks|planes</pre>
 */
import org.brainalign.plugins.nsd.betas.*;
import org.brainalign.support.nifti.*;
public class Phases {
  public static void main(String[] a) {
    Path root = Path.of(a[0]);
    NiftiVolume v = NiftiReader.read(root.resolve("nsddata/ppdata/subj01/func1pt8mm/roi/" + a[1] + ".nii.gz"));
    int n = 0; int[] flat = new int[v.data().length];
    for (int f = 0; f < flat.length; f++) if (v.data()[f] >= 1) flat[n++] = f;
    flat = java.util.Arrays.copyOf(flat, n);
    Path s = root.resolve("nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf_GLMdenoise_RR/betas_session01.hdf5");
    int reps = a.length > 3 ? Integer.parseInt(a[3]) : 5;
    for (int rep = 0; rep < reps; rep++) {
      long t0 = System.nanoTime();
      try (BetaSessionFile f = BetaSessionFile.open(s)) {
        long t1 = System.nanoTime();
        short[] raw = f.readVoxels(flat, ReadStrategy.valueOf(a[2].toUpperCase()));
        long t2 = System.nanoTime();
        System.out.printf("voxels=%d open=%.1f ms read=%.1f ms%n", n, (t1-t0)/1e6, (t2-t1)/1e6);
      }
    }
  }
}
