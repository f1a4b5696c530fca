package org.brainalign.djl;

import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;

/**
 * DJL's PyTorch engine could not start: DJL or its natives are missing from the host's class path, or
 * libtorch could not be loaded or extracted. An environment the user fixes (another setting, the
 * launcher, a writable cache), so, like every {@link InvalidInputException}, the CLI prints the one
 * message and exits 2 (docs/reliability.md, "Exit codes"), whichever plugin started the engine.
 */
public class LibtorchUnavailableException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * @param what the setting that needs libtorch, first in the message ({@code "gram-backend torch"})
   * @param problem what failed, e.g. {@code "libtorch could not start (…)"}
   * @param alternative the first fix offered, e.g. {@code "Use 'gram-backend: blas' (the default)"};
   *     empty when the launcher is the only one
   * @param cause DJL's exception or error
   */
  public LibtorchUnavailableException(String what, String problem, String alternative,
      Throwable cause) {
    super(what + ": " + problem + ". " + (alternative.isEmpty() ? "Run" : alternative + "; or run")
        + " with the brainalign launcher, whose "
        + "class path has DJL 0.36.0 (ai.djl:api, ai.djl.pytorch:pytorch-engine 0.36.0, pytorch-jni "
        + "2.7.1-0.36.0) with pytorch-native-cpu 2.7.1 (linux-x86_64); for a GPU, point "
        + "PYTORCH_LIBRARY_PATH at a local CUDA libtorch 2.7.1 and set PYTORCH_FLAVOR=cu128; "
        + Path.of(System.getProperty("DJL_CACHE_DIR", "~/.djl.ai")) + " must be writable with "
        + "~450 MB free.", cause);
  }
}
