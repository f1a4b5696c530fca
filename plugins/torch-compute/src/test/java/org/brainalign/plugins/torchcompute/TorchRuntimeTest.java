package org.brainalign.plugins.torchcompute;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.brainalign.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * An engine that cannot start is bad input (the CLI exits 2 with the message alone) that names the
 * fix: the default backend, the launcher's class path or a CUDA libtorch.
 */
class TorchRuntimeTest {

  @Test
  void anEngineThatCannotStartNamesTheFix() {
    assertThatThrownBy(() -> TorchRuntime.call(() -> TorchRuntime.load("NoSuchEngine", "gram-backend", "blas")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("gram-backend torch: libtorch could not start")
        .hasMessageContaining("NoSuchEngine")
        .hasMessageContaining("'gram-backend: blas'")
        .hasMessageContaining("PYTORCH_LIBRARY_PATH");
  }

  @Test
  void theFailureIsTheSharedTypeThatResnet50ThrowsToo() {
    assertThatThrownBy(() -> TorchRuntime.call(() -> TorchRuntime.load("NoSuchEngine", "gram-backend", "blas")))
        .isInstanceOf(org.brainalign.djl.LibtorchUnavailableException.class);
  }

  @Test
  void forTheEigensolverItNamesTheEigenBackendAndItsDefault() {
    assertThatThrownBy(() -> TorchRuntime.call(() -> TorchRuntime.load("NoSuchEngine",
        "eigen-backend", "lapack")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("eigen-backend torch: libtorch could not start")
        .hasMessageContaining("'eigen-backend: lapack'")
        .hasMessageContaining("PYTORCH_LIBRARY_PATH");
  }
}
