package org.brainalign.plugins.resnet50.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.brainalign.api.InvalidInputException;
import org.brainalign.djl.LibtorchUnavailableException;
import org.brainalign.djl.PyTorchEngine;
import org.junit.jupiter.api.Test;

/**
 * A libtorch that cannot start is the same failure here as in torch-compute (TorchRuntimeTest): a
 * {@link LibtorchUnavailableException}, bad input to the CLI (exit 2, the message alone), naming the
 * models and the fix. It used to be a plain BrainAlignException here (exit 1, "a bug in brainalign").
 */
class DjlRuntimeTest {

  @Test
  void anEngineThatCannotStartIsExitTwoNamingTheModelsAndTheFix() {
    assertThatThrownBy(() -> DjlRuntime.call(() -> PyTorchEngine.load("NoSuchEngine", DjlRuntime.WHAT, "")))
        .isInstanceOf(LibtorchUnavailableException.class)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("the DJL models (resnet50, torchscript): libtorch could not start")
        .hasMessageContaining("NoSuchEngine")
        .hasMessageContaining("Run with the brainalign launcher")
        .hasMessageContaining("PYTORCH_LIBRARY_PATH");
  }

  @Test
  void withDjlOnTheClassPathTheHostCheckPasses() {
    DjlRuntime.requireDjl();
  }
}
