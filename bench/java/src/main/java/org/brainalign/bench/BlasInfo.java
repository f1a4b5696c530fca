package org.brainalign.bench;

import org.bytedeco.openblas.global.openblas;

/**
 * Prints what brainalign's OpenBLAS (bytedeco's, through Smile) reports: its version and its
 * threads (OPENBLAS_NUM_THREADS, else one per core). The bindings do not expose the kernel picked at
 * run time (DYNAMIC_ARCH); with {@code OPENBLAS_VERBOSE=2}, as bench/run runs this, OpenBLAS itself
 * prints it ("Core: ...") when the library loads.
 */
public final class BlasInfo {
  private BlasInfo() {}

  public static void main(String[] args) {
    openblas.cblas_ddot(1, new double[] {1}, 1, new double[] {1}, 1); // loads the native library
    String threads = System.getenv("OPENBLAS_NUM_THREADS");
    System.out.println(openblas.OPENBLAS_VERSION.trim() + " (bytedeco), threads "
        + (threads != null ? threads + " (OPENBLAS_NUM_THREADS)"
        : Runtime.getRuntime().availableProcessors() + " (one per core)"));
  }
}
