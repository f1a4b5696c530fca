package org.brainalign.plugins.resnet50.runtime;

import org.brainalign.api.BrainAlignException;

/** Checks, without touching DJL, that the host application supplies it. */
public final class HostCheck {
  private HostCheck() {}

  /**
   * @throws BrainAlignException naming the jars the host must provide when DJL is absent
   */
  public static void requireDjl() {
    for (String cls : new String[] {"ai.djl.engine.Engine", "ai.djl.pytorch.engine.PtEngine"}) {
      try {
        Class.forName(cls, false, HostCheck.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new BrainAlignException("the DJL models need DJL on the host's class path, found no "
            + cls + ". Run them with the brainalign launcher, or add ai.djl:api 0.36.0, "
            + "ai.djl.pytorch:pytorch-engine 0.36.0, pytorch-jni 2.7.1-0.36.0 and pytorch-native-cpu "
            + "2.7.1 (linux-x86_64) to the class path.", e);
      }
    }
  }
}
