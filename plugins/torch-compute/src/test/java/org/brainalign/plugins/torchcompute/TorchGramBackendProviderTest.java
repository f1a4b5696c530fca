package org.brainalign.plugins.torchcompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.extension.InvalidOptionException;
import org.junit.jupiter.api.Test;

/** The torch provider contract, and what creating the backend on this GPU-less machine gives. */
class TorchGramBackendProviderTest extends TorchProviderContract<GramBackend> {
  TorchGramBackendProviderTest() {
    super(new TorchGramBackendProvider());
  }

  @Test
  void autoRunsOnTheCpuWithTheCpuLibtorchAndSaysSo() {
    GramBackend b = create(Map.of());
    assertThat(b.precision()).isEqualTo("single");
    assertThat(b.describe()).startsWith("torch on cpu()").contains("PyTorch 2.7.1")
        .contains("0 GPUs seen");
  }

  @Test
  void aNegativePanelIsRefused() {
    assertThatThrownBy(() -> create(Map.of("panel", "-3")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("torch:panel")
        .hasMessageContaining("-3");
  }
}
