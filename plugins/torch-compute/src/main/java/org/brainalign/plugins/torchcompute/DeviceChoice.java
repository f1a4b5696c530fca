package org.brainalign.plugins.torchcompute;

import ai.djl.Device;
import java.util.List;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;

/** Which device runs the Gram matrix: the option {@code device} against the GPUs DJL reports. */
final class DeviceChoice {
  /** The values of the {@code device} option. */
  static final List<String> CHOICES = List.of("auto", "cpu", "gpu");
  /** The {@code device} option, shared by the Gram and eigen backends. */
  static final OptionSpec<String> OPTION = OptionSpec.choice("device", "auto", CHOICES,
      "auto: the first GPU when DJL reports one, else the CPU; gpu fails without a CUDA "
          + "libtorch (PYTORCH_LIBRARY_PATH, PYTORCH_FLAVOR)");

  private DeviceChoice() {}

  /**
   * @param requested {@code auto} (the first GPU when there is one, else the CPU), {@code cpu} or
   *     {@code gpu}
   * @param gpuCount the CUDA devices libtorch sees ({@code Engine.getGpuCount()}; 0 with the CPU
   *     libtorch from Maven Central)
   * @throws InvalidOptionException for {@code gpu} when there is none, saying how to get one
   */
  static Device choose(String requested, int gpuCount) {
    switch (requested) {
      case "cpu":
        return Device.cpu();
      case "gpu":
        if (gpuCount < 1) {
          throw new InvalidOptionException("torch:device=gpu: expected a CUDA-enabled libtorch, found "
              + "none (DJL reports 0 GPUs; the CPU libtorch from Maven Central is in use). Use "
              + "device=auto or device=cpu, or point PYTORCH_LIBRARY_PATH at a local CUDA libtorch "
              + "2.7.1 and set PYTORCH_FLAVOR=cu128 before starting brainalign.");
        }
        return Device.gpu();
      case "auto":
        return gpuCount > 0 ? Device.gpu() : Device.cpu();
      default:
        throw new InvalidOptionException("torch:device: expected one of " + CHOICES + ", found '"
            + requested + "'");
    }
  }
}
