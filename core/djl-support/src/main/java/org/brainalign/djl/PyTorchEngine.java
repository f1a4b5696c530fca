package org.brainalign.djl;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Starts DJL's PyTorch engine, once per plugin (this class is bundled into each DJL plugin, so its
 * static state belongs to that plugin's class loader), the same way for every plugin: check that the
 * host supplies DJL, apply {@link DjlSetup#configure}, load the engine through {@link DjlSetup#call}
 * and turn autograd off. Any failure is one {@link LibtorchUnavailableException} (exit 2).
 */
public final class PyTorchEngine {
  /** DJL's engine name for PyTorch. */
  public static final String NAME = "PyTorch";

  private static final Object LOCK = new Object();
  private static volatile Engine engine;

  private PyTorchEngine() {}

  /**
   * The PyTorch engine, started on first use.
   *
   * @param what the setting that needs it, first in a failure's message ({@code "resnet50"},
   *     {@code "gram-backend torch"})
   * @param alternative the first fix a failure offers ({@code "Use 'gram-backend: blas' (the
   *     default)"})
   * @throws LibtorchUnavailableException when DJL is missing or libtorch cannot start
   */
  public static Engine start(String what, String alternative) {
    Engine e = engine;
    if (e != null) {
      return e;
    }
    synchronized (LOCK) {
      if (engine == null) {
        requireDjl(what, alternative);
        DjlSetup.configure();
        engine = DjlSetup.call(() -> load(NAME, what, alternative));
      }
      return engine;
    }
  }

  /**
   * Loads the named DJL engine with autograd off (PyTorch); call inside {@link DjlSetup#call}.
   *
   * @throws LibtorchUnavailableException when it cannot start
   */
  public static Engine load(String name, String what, String alternative) {
    try {
      Engine e = Engine.getEngine(name);
      if (name.equals(NAME)) {
        JniUtils.setGradMode(false);
      }
      return e;
    } catch (IllegalArgumentException | EngineException | UnsatisfiedLinkError ex) {
      throw new LibtorchUnavailableException(what,
          "libtorch could not start (" + ex.getMessage() + ")", alternative, ex);
    }
  }

  /**
   * Fails when the host does not supply DJL's PyTorch engine (checked without loading it).
   *
   * @throws LibtorchUnavailableException naming the missing class
   */
  public static void requireDjl(String what, String alternative) {
    for (String cls : new String[] {"ai.djl.engine.Engine", "ai.djl.pytorch.engine.PtEngine"}) {
      try {
        Class.forName(cls, false, PyTorchEngine.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new LibtorchUnavailableException(what,
            "DJL is not on the host's class path (found no " + cls + ")", alternative, e);
      }
    }
  }
}
