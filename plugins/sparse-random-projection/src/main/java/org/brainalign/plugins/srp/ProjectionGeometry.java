package org.brainalign.plugins.srp;

import java.util.Arrays;
import org.brainalign.api.InvalidInputException;

/**
 * How one stimulus's activation is laid out for a projection along {@code axis}.
 *
 * <p>The shape is read channel-first: C = shape[0] and P = the product of the remaining sizes (H·W
 * for a (C, H, W) layer). A 1-D shape (a flat layer such as {@code fc}) allows only {@code all}.
 *
 * @param axis the projected axis
 * @param shape activation shape of one stimulus
 * @param channels C
 * @param positions P, 1 for a 1-D shape
 */
record ProjectionGeometry(Axis axis, int[] shape, int channels, int positions) {

  static ProjectionGeometry of(Axis axis, String layer, int[] shape) {
    if (axis != Axis.ALL && shape.length < 2) {
      throw InvalidInputException.of("layer " + layer + " with axis=" + axis.id(),
          "a channel-first shape (C, H, W) with spatial positions to keep or project",
          "the 1-D shape " + Arrays.toString(shape),
          "Use axis=all for flat layers (fc, avgpool), or pick a convolutional layer.");
    }
    int positions = 1;
    for (int i = 1; i < shape.length; i++) {
      positions = Math.multiplyExact(positions, shape[i]);
    }
    Math.multiplyExact(shape[0], positions);
    return new ProjectionGeometry(axis, shape.clone(), shape[0], positions);
  }

  /** Values per stimulus, C·P. */
  int inputSize() {
    return channels * positions;
  }

  /** d, the size of the projected axis: C·P for all, C for channel, P for spatial. */
  int projectedSize() {
    return switch (axis) {
      case ALL -> inputSize();
      case CHANNEL -> channels;
      case SPATIAL -> positions;
    };
  }

  /** The activation shape after projecting the axis to k: (k), (k, H, W) or (C, k). */
  int[] outputShape(int k) {
    return switch (axis) {
      case ALL -> new int[] {k};
      case CHANNEL -> {
        int[] out = shape.clone();
        out[0] = k;
        yield out;
      }
      case SPATIAL -> new int[] {channels, k};
    };
  }
}
