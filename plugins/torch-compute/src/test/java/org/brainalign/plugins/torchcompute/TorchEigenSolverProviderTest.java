package org.brainalign.plugins.torchcompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.contract.ExtensionProviderContract;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;
import org.junit.jupiter.api.Test;

/** The provider contract, and what creating the solver on this GPU-less machine gives. */
class TorchEigenSolverProviderTest extends ExtensionProviderContract<SymmetricEigenSolver> {
  private final TorchEigenSolverProvider provider = new TorchEigenSolverProvider();

  @Override
  protected ExtensionProvider<SymmetricEigenSolver> provider() {
    return provider;
  }

  private SymmetricEigenSolver create(Map<String, String> raw) {
    return provider.create(Options.parse(provider.id(), provider.options(), raw));
  }

  @Test
  void autoRunsOnTheCpuWithTheCpuLibtorchAndSaysSo() {
    assertThat(create(Map.of()).describe()).startsWith("torch eigh on cpu()")
        .contains("PyTorch 2.7.1").contains("0 GPUs seen");
  }

  @Test
  void gpuWithoutACudaLibtorchFailsNamingTheFix() {
    assertThatThrownBy(() -> create(Map.of("device", "gpu")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("device=gpu").hasMessageContaining("PYTORCH_LIBRARY_PATH")
        .hasMessageContaining("device=cpu");
  }

  @Test
  void theModuleShipsInTheJarBesideTheProvider() {
    assertThat(TorchEigenSolverProvider.class.getResource(TorchEigenSolverProvider.MODULE))
        .isNotNull();
  }
}
