package org.brainalign.plugins.surrogate;

import java.util.List;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.pf4j.Extension;

/**
 * A brain dataset whose voxels are noisy linear readouts of a network layer — the "model as brain"
 * test of system identification (Han, Poggio &amp; Cheung, ICML 2023): per ROI, a source model (any
 * model plugin, created by the host through the run context) runs on the dataset's images, and each
 * voxel reads one layer either {@code local}ly (a Gaussian window at a random position of a
 * low-dimensional channel mixture) or {@code pooled} (the spatial mean of a high-dimensional one),
 * with Gaussian trial noise of a chosen reliability. The answer — source, layer, readout,
 * dimensionality — is in every ROI's manifest. See the plugin README.
 */
@Extension
public final class SurrogateDatasetProvider implements BrainDatasetProvider {

  @Override
  public String id() {
    return "surrogate";
  }

  @Override
  public String description() {
    return "Known-answer ROIs read out from a layer of a source network: local (small receptive "
        + "fields, few channels) or pooled (position-invariant, many channels)";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.string("source", "[resnet50:weights=random:1,resize=112,crop=112]",
            "the source model's spec in brackets, any installed model; the network under test "
                + "itself or another seed of it"),
        OptionSpec.string("rois", "[early,late]", "ROI names"),
        OptionSpec.string("readouts", "[local,pooled]", "per ROI: local or pooled"),
        OptionSpec.string("layers", "[layer1,layer4]", "per ROI: the source layer it reads"),
        OptionSpec.integers("latent", "[8,32]", "per ROI: channels of the mixture it reads, 1 to "
            + "the layer's channels"),
        OptionSpec.integer("rf", 5, "receptive-field side of local readouts in map cells, 1 to "
            + "the source map's height and width"),
        OptionSpec.integer("voxels", 150, "voxels per ROI, 1 to 10000"),
        OptionSpec.reals("reliability", "0.5", "one trial's reliability (signal / total variance), "
            + "(0, 1]; the mean of R trials has R·r / (1 + (R − 1)·r); a bracketed list of "
            + "distinct values makes the subjects a grid reliability × images × replicate"),
        OptionSpec.integer("repetitions", 3, "trials per image, 1 to 100; rows are their mean"),
        OptionSpec.integer("subjects", 1, "subjects subj01 …, 1 to 99; each has its own voxel "
            + "windows, weights and noise (in a grid: replicates, r0.5-n240-subj01 …)"),
        OptionSpec.integer("seed", 0, "seed of images, mixtures, voxels and noise, 0 to 2^32-1"),
        OptionSpec.bool("whiten", true, "whiten the latent channels over the images before the "
            + "voxel weights (otherwise a random network's few dominant directions drive every voxel)"),
        OptionSpec.string("folder", "generated", "a folder of PNG/JPEG images (sorted by name), or "
            + "'generated' for the simulated dataset's images"),
        OptionSpec.integers("images", "240", "generated images, 2 to 100000 (ids sim-0000 …, the "
            + "same images as simulated's at the same seed and size); a bracketed list of distinct "
            + "values makes a grid whose subjects see the first n images (of a folder too)"),
        OptionSpec.integer("size", 112, "generated image side in pixels, 32 to 1024"));
  }

  @Override
  public BrainDataset create(Options options) {
    return new SurrogateDataset(SurrogateConfig.from(options));
  }
}
