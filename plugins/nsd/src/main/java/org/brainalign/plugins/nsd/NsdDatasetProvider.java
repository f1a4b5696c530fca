package org.brainalign.plugins.nsd;

import java.util.List;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.pf4j.Extension;

/**
 * The Natural Scenes Dataset (Allen et al. 2022, Nature Neuroscience 25:116–126) read from an NSD
 * copy on disk: single-trial GLM betas at 1.8 mm per subject and ROI, preprocessed as in the Bonner
 * lab's work (Gauthaman, Ménard &amp; Bonner 2024; Shen, Conwell &amp; Bonner 2024): each voxel
 * z-scored within each session, then averaged over an image's repetitions.
 */
@Extension
public final class NsdDatasetProvider implements BrainDatasetProvider {

  @Override
  public String id() {
    return "nsd";
  }

  @Override
  public String description() {
    return "Natural Scenes Dataset betas per subject and ROI, read from the NSD folder layout";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.path("root", null,
            "the NSD folder holding nsddata/, nsddata_betas/ and nsddata_stimuli/"),
        OptionSpec.choice("betas", "fithrf_GLMdenoise_RR",
            List.of("fithrf_GLMdenoise_RR", "fithrf", "assumehrf"),
            "GLM version: betas_<value>/ under nsddata_betas/ppdata/subjXX/func1pt8mm/"),
        OptionSpec.string("sessions", "all",
            "sessions to load: all (present on disk), or 1-based numbers and ranges, e.g. 1-10 or "
                + "[1,3,5-7]"),
        OptionSpec.choice("zscore", "session", List.of("session", "none"),
            "session: z-score each voxel within each session (population std); none: betas / 300 "
                + "(percent signal change)"),
        OptionSpec.choice("repetitions", "mean", List.of("mean", "separate"),
            "mean: one row per image, averaging its trials; separate: one row per trial, row id "
                + "<nsd id>#<repetition from 0>"),
        OptionSpec.choice("constant-voxels", "zero", List.of("zero", "drop"),
            "voxels constant within a session (z-score undefined): zero = z-scores 0 in that "
                + "session; drop = remove the voxel"),
        OptionSpec.string("design", "nsd_expdesign.mat",
            "trial-to-image design: a .mat (nsd_expdesign) or .csv (nsd_stim_info_merged) file, "
                + "by name in nsddata/experiments/nsd/ or by path"),
        OptionSpec.choice("read", "auto", List.of("auto", "chunks", "planes"),
            "how ROI voxels are read from the betas: auto, one chunk per voxel, or one slab per "
                + "z-plane"));
  }

  @Override
  public BrainDataset create(Options options) {
    return new NsdDataset(NsdConfig.from(options));
  }
}
