package org.brainalign.geometry.gram;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * Loads OpenBLAS (and JavaCPP's {@code Pointer}) once, before work fans out to threads.
 *
 * <p>JavaCPP's first load is not safe to race: a thread initialising {@code Pointer} waits for
 * {@code Loader}'s lock while another, holding that lock inside {@code System.load}, waits for
 * {@code Pointer}'s class initialisation — both park for ever (seen as a SLURM cells task whose two
 * metrics first touched BLAS at the same moment). Call {@link #load()} on the thread that starts a
 * pool; it is cheap after the first call.
 */
public final class NativeBlas {
  private static volatile boolean loaded;

  private NativeBlas() {}

  /** Loads the native libraries unless this process already has. */
  public static void load() {
    if (loaded) {
      return;
    }
    synchronized (NativeBlas.class) {
      if (!loaded) {
        Loader.load(openblas.class);
        loaded = true;
      }
    }
  }
}
