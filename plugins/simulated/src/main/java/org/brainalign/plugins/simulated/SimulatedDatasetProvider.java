package org.brainalign.plugins.simulated;

import java.util.List;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.pf4j.Extension;

/**
 * A simulated brain dataset with a known answer, generated from a seed (no files): procedural images
 * of oriented, coloured patches over a textured background, and two ROIs. {@code early} voxels have
 * small receptive fields reading local oriented contrast energy (what early convolutional layers
 * carry, spatially resolved); {@code late} voxels are tuned, through a nonlinearity, to
 * position-invariant global attributes (palette, texture family, patch shape and count). Gaussian trial
 * noise, repetitions averaged. See the plugin README for the generative model.
 *
 * <p>A correct pipeline (Shen, Conwell &amp; Bonner 2024) should find early layers best for
 * {@code early} and late layers best for {@code late}, and spatial random projection hurting
 * {@code early} more while channel projection hurts {@code late} more.
 */
@Extension
public final class SimulatedDatasetProvider implements BrainDatasetProvider {

  @Override
  public String id() {
    return "simulated";
  }

  @Override
  public String description() {
    return "Simulated images and two ROIs with a known answer: early (local oriented energy in small "
        + "receptive fields) and late (nonlinear tuning to global image attributes)";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return SimulatedConfig.OPTIONS;
  }

  @Override
  public BrainDataset create(Options options) {
    return new SimulatedDataset(SimulatedConfig.from(options));
  }
}
