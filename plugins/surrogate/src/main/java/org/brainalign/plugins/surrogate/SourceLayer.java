package org.brainalign.plugins.surrogate;

import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.LayerInfo;

/**
 * A source layer's shape as (C, H, W) — a flat layer such as {@code avgpool} or {@code fc} is
 * C × 1 × 1 — checked against one ROI's options.
 */
record SourceLayer(String name, int channels, int height, int width) {

  int positions() {
    return height * width;
  }

  int size() {
    return channels * height * width;
  }

  /**
   * Finds {@code roi}'s layer among {@code layers} and checks its latent size and receptive field.
   *
   * @throws InvalidInputException naming the option, the value and the valid range
   */
  static SourceLayer check(SurrogateRoi roi, SurrogateConfig config, List<LayerInfo> layers) {
    LayerInfo info = layers.stream().filter(l -> l.name().equals(roi.layer())).findFirst()
        .orElseThrow(() -> InvalidInputException.of("option 'layers' of 'surrogate' (ROI '"
            + roi.name() + "')", "a layer of source model " + config.source() + ": one of "
            + String.join(", ", layers.stream().map(LayerInfo::name).toList()), "'" + roi.layer()
            + "'", "Run 'brainalign layers' on the source model to list them."));
    int[] s = info.shape();
    SourceLayer l = s.length == 3 ? new SourceLayer(info.name(), s[0], s[1], s[2])
        : s.length == 1 ? new SourceLayer(info.name(), s[0], 1, 1) : null;
    if (l == null) {
      throw InvalidInputException.of("option 'layers' of 'surrogate' (ROI '" + roi.name() + "')",
          "a layer of shape (C, H, W) or (C)", info.toString(), "Pick a convolutional layer.");
    }
    if (roi.latent() > l.channels) {
      throw InvalidInputException.of("option 'latent' of 'surrogate' (ROI '" + roi.name() + "')",
          "an integer in [1, " + l.channels + "] (the channels of " + info + ")",
          String.valueOf(roi.latent()), "Lower latent or read a wider layer.");
    }
    if (roi.readout() == Readout.LOCAL && config.rf() > Math.min(l.height, l.width)) {
      throw InvalidInputException.of("option 'rf' of 'surrogate' (local ROI '" + roi.name() + "')",
          "an integer in [1, " + Math.min(l.height, l.width) + "] (the " + l.height + "×" + l.width
              + " map of " + info + ")", String.valueOf(config.rf()),
          "Lower rf, read an earlier layer, or use larger images.");
    }
    return l;
  }
}
