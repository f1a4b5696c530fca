package org.brainalign.bench;

import org.bytedeco.openblas.global.openblas;

/**
 * Prints what brainalign's OpenBLAS (bytedeco's, through Smile) reports: its version and the core
 * name compiled into its headers. Its bindings expose neither the kernel picked at run time
 * (DYNAMIC_ARCH) nor the thread count, so the line says so; the threads are OPENBLAS_NUM_THREADS,
 * else one per core. bench/run prints the line with the machine.
 */
public final class BlasInfo {
  private BlasInfo() {}

  public static void main(String[] args) {
    openblas.cblas_ddot(1, new double[] {1}, 1, new double[] {1}, 1); // loads the native library
    String threads = System.getenv("OPENBLAS_NUM_THREADS");
    System.out.println(openblas.OPENBLAS_VERSION.trim() + " (bytedeco javacpp build); "
        + "build core " + openblas.OPENBLAS_CHAR_CORENAME + ", run-time kernel not exposed by "
        + "the bindings; threads " + (threads != null ? threads + " (OPENBLAS_NUM_THREADS)"
        : Runtime.getRuntime().availableProcessors() + " (one per core)"));
  }
}
