package org.brainalign.plugins.surrogate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.dataset.KnownAnswer;
import org.brainalign.support.dataset.Repetitions;
import org.brainalign.support.stats.NoiseCeiling;

/**
 * One ROI's known answer: which layer of the source model its voxels read, how, and through how
 * many latent channels.
 *
 * @param name ROI name
 * @param readout local or pooled
 * @param layer a layer name of the source model
 * @param latent d, the channel mixture's dimensionality
 */
public record SurrogateRoi(String name, Readout readout, String layer, int latent) {

  /** The known answer of subject {@code g} for the manifest and study.json. */
  Map<String, Object> answer(SurrogateConfig config, GridSubject g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source_model", config.source());
    m.put(KnownAnswer.LAYER, layer);
    m.put(KnownAnswer.READOUT, readout.id());
    m.put("latent_dimensionality", latent);
    if (readout == Readout.LOCAL) {
      m.put("receptive_field", config.rf());
    }
    m.put("whiten", config.whiten());
    m.put(KnownAnswer.RELIABILITY, g.reliability());
    m.put("trials", config.trials());
    m.put("repetitions", Repetitions.of(config.separate()).id());
    // z-scored trials: signal variance r, noise variance 1 − r (SurrogateConfig.expectedNcsnr)
    double ncsnr = SurrogateConfig.expectedNcsnr(g.reliability());
    m.put("ncsnr", ncsnr);
    m.put("noise_ceiling", NoiseCeiling.ceiling(ncsnr, config.separate() ? 1 : config.trials()));
    m.put(KnownAnswer.IMAGES, g.images());
    m.put("replicate", g.replicate() + 1);
    return m;
  }
}
