package org.brainalign.djl;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Sets environment variables of this process for native libraries that read them when they load
 * (Java cannot change its own environment; libc's {@code setenv} can). Used once, before libtorch
 * loads, and never overrides a variable the user set.
 */
public final class NativeEnvironment {
  private NativeEnvironment() {}

  /** The one libc function needed. */
  interface LibC extends Library {
    int setenv(String name, String value, int overwrite);
  }

  /**
   * Sets {@code name=value} unless already set.
   *
   * @return whether libc accepted the call (false where libc or JNA is unavailable: the variable is
   *     then simply not set, which only costs speed)
   */
  public static boolean setIfAbsent(String name, String value) {
    if (System.getenv(name) != null) {
      return false;
    }
    try {
      return Native.load("c", LibC.class).setenv(name, value, 0) == 0;
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return false;
    }
  }
}
