package org.brainalign.plugins.torchcompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import org.brainalign.api.extension.InvalidOptionException;
import org.junit.jupiter.api.Test;

/** The device rule against a faked GPU count (no GPU and no CUDA libtorch exist here or in CI). */
class DeviceChoiceTest {

  @Test
  void autoTakesTheFirstGpuWhenThereIsOneElseTheCpu() {
    assertThat(DeviceChoice.choose("auto", 0)).isEqualTo(Device.cpu());
    assertThat(DeviceChoice.choose("auto", 1)).isEqualTo(Device.gpu());
    assertThat(DeviceChoice.choose("auto", 4)).isEqualTo(Device.gpu(0));
  }

  @Test
  void cpuStaysOnTheCpuWhateverTheGpus() {
    assertThat(DeviceChoice.choose("cpu", 0)).isEqualTo(Device.cpu());
    assertThat(DeviceChoice.choose("cpu", 2)).isEqualTo(Device.cpu());
  }

  @Test
  void gpuNeedsAGpu() {
    assertThat(DeviceChoice.choose("gpu", 1)).isEqualTo(Device.gpu());
    assertThatThrownBy(() -> DeviceChoice.choose("gpu", 0))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("DJL reports 0 GPUs")
        .hasMessageContaining("PYTORCH_LIBRARY_PATH").hasMessageContaining("PYTORCH_FLAVOR=cu128");
  }

  @Test
  void anythingElseListsTheChoices() {
    assertThatThrownBy(() -> DeviceChoice.choose("tpu", 1))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("[auto, cpu, gpu]")
        .hasMessageContaining("'tpu'");
  }
}
