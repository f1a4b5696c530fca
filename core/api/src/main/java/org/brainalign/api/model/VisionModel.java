package org.brainalign.api.model;

import java.util.List;
import java.util.Map;
import org.brainalign.api.run.RunContext;

/** A network that gives layer activations for images. Holds native memory: close it. */
public interface VisionModel extends AutoCloseable {

  /** Every layer this model can return, in depth order. */
  List<LayerInfo> layers();

  /**
   * Runs all images and streams the requested layers to {@code sink}.
   *
   * @param layers names from {@link #layers()}
   */
  void extract(ImageSource images, List<String> layers, ActivationSink sink, RunContext context);

  /** Weights digest, preprocessing and other facts for the feature-store manifest. */
  Map<String, Object> provenance();

  @Override
  void close();
}
