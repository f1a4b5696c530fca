package org.brainalign.plugins.torchcompute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.junit.jupiter.api.Test;

/** The torch provider contract, and what creating the solver on this GPU-less machine gives. */
class TorchEigenSolverProviderTest extends TorchProviderContract<SymmetricEigenSolver> {
  TorchEigenSolverProviderTest() {
    super(new TorchEigenSolverProvider());
  }

  @Test
  void autoRunsOnTheCpuWithTheCpuLibtorchAndSaysSo() {
    assertThat(create(Map.of()).describe()).startsWith("torch eigh on cpu()")
        .contains("PyTorch 2.7.1").contains("0 GPUs seen");
  }

  @Test
  void theModuleShipsInTheJarBesideTheProvider() {
    assertThat(TorchEigenSolverProvider.class.getResource(TorchEigenSolverProvider.MODULE))
        .isNotNull();
  }
}
