package org.brainalign.api.model;

/** Receives activations batch by batch, so memory stays bounded however many images there are. */
public interface ActivationSink {

  /**
   * @param layer the layer name
   * @param firstImage index of the first image of the batch
   * @param images number of images in the batch
   * @param values {@code images × layerSize} values, row-major, each row flattened in (C, H, W) order
   */
  void accept(String layer, int firstImage, int images, float[] values);
}
