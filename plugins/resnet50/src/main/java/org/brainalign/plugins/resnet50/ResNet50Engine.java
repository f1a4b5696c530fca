package org.brainalign.plugins.resnet50;

import org.brainalign.api.extension.OptionChoice;

/** Which runtime computes ResNet50: the words of its {@code engine} option. */
enum ResNet50Engine implements OptionChoice {
  /**
   * ONNX Runtime's CPU kernels over a graph built from the weights (the default on the CPU, faster
   * than libtorch's eager operators here: {@code docs/benchmarks/resnet50.md}).
   */
  ONNXRUNTIME,
  /** DJL's eager libtorch operators, on the CPU or a CUDA GPU. */
  LIBTORCH
}
