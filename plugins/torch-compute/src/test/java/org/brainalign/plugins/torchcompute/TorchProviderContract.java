package org.brainalign.plugins.torchcompute;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.brainalign.api.contract.ExtensionProviderContract;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.extension.InvalidOptionException;
import org.junit.jupiter.api.Test;

/**
 * The provider contract for a torch compute provider, and what both providers' {@code device}
 * option gives on this GPU-less machine (with the CPU libtorch).
 *
 * @param <T> what the provider creates
 */
abstract class TorchProviderContract<T> extends ExtensionProviderContract<T> {

  TorchProviderContract(ExtensionProvider<T> provider) {
    super(provider, Map.of());
  }

  @Test
  void gpuWithoutACudaLibtorchFailsNamingTheFix() {
    assertThatThrownBy(() -> create(Map.of("device", "gpu")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("device=gpu").hasMessageContaining("PYTORCH_LIBRARY_PATH")
        .hasMessageContaining("device=cpu");
  }
}
