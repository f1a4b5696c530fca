package org.brainalign.plugins.torchcompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.Options;
import org.junit.jupiter.api.Test;

/** The device rule against a faked GPU count (no GPU and no CUDA libtorch exist here or in CI). */
class DeviceChoiceTest {

  @Test
  void autoTakesTheFirstGpuWhenThereIsOneElseTheCpu() {
    assertThat(DeviceChoice.AUTO.choose(0)).isEqualTo(Device.cpu());
    assertThat(DeviceChoice.AUTO.choose(1)).isEqualTo(Device.gpu());
    assertThat(DeviceChoice.AUTO.choose(4)).isEqualTo(Device.gpu(0));
  }

  @Test
  void cpuStaysOnTheCpuWhateverTheGpus() {
    assertThat(DeviceChoice.CPU.choose(0)).isEqualTo(Device.cpu());
    assertThat(DeviceChoice.CPU.choose(2)).isEqualTo(Device.cpu());
  }

  @Test
  void gpuNeedsAGpu() {
    assertThat(DeviceChoice.GPU.choose(1)).isEqualTo(Device.gpu());
    assertThatThrownBy(() -> DeviceChoice.GPU.choose(0))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("DJL reports 0 GPUs")
        .hasMessageContaining("PYTORCH_LIBRARY_PATH").hasMessageContaining("PYTORCH_FLAVOR=cu128");
  }

  @Test
  void anythingElseListsTheChoices() {
    assertThatThrownBy(() -> Options.parse("torch", List.of(DeviceChoice.OPTION),
        Map.of("device", "tpu")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("auto, cpu, gpu")
        .hasMessageContaining("'tpu'");
  }
}
