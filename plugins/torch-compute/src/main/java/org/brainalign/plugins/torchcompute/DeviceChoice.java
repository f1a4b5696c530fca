package org.brainalign.plugins.torchcompute;

import ai.djl.Device;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionChoice;
import org.brainalign.api.extension.OptionSpec;

/**
 * Which device runs the Gram matrix: the words of the option {@code device}, chosen against the GPUs
 * DJL reports.
 */
enum DeviceChoice implements OptionChoice {
  /** The first GPU when there is one, else the CPU. */
  AUTO,
  /** The CPU, whatever the GPUs. */
  CPU,
  /** The first GPU; fails when there is none. */
  GPU;

  /** The {@code device} option, shared by the Gram and eigen backends. */
  static final OptionSpec<DeviceChoice> OPTION = OptionSpec.choice("device", AUTO,
      "auto: the first GPU when DJL reports one, else the CPU; gpu fails without a CUDA "
          + "libtorch (PYTORCH_LIBRARY_PATH, PYTORCH_FLAVOR)");

  /**
   * @param gpuCount the CUDA devices libtorch sees ({@code Engine.getGpuCount()}; 0 with the CPU
   *     libtorch from Maven Central)
   * @throws InvalidOptionException for {@link #GPU} when there is none, saying how to get one
   */
  Device choose(int gpuCount) {
    return switch (this) {
      case CPU -> Device.cpu();
      case GPU -> {
        if (gpuCount < 1) {
          throw new InvalidOptionException("torch:device=gpu: expected a CUDA-enabled libtorch, found "
              + "none (DJL reports 0 GPUs; the CPU libtorch from Maven Central is in use). Use "
              + "device=auto or device=cpu, or point PYTORCH_LIBRARY_PATH at a local CUDA libtorch "
              + "2.7.1 and set PYTORCH_FLAVOR=cu128 before starting brainalign.");
        }
        yield Device.gpu();
      }
      case AUTO -> gpuCount > 0 ? Device.gpu() : Device.cpu();
    };
  }
}
