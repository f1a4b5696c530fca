package org.brainalign.plugins.nsd;

import java.util.List;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.BrainDatasetProvider;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.fetch.FetchPlan;
import org.brainalign.api.fetch.FetchRequest;
import org.brainalign.api.fetch.Fetchable;
import org.pf4j.Extension;

/**
 * The Natural Scenes Dataset (Allen et al. 2022, Nature Neuroscience 25:116–126) read from an NSD
 * copy on disk: single-trial GLM betas at 1.8 mm per subject and ROI, preprocessed as in the Bonner
 * lab's work (Gauthaman, Ménard &amp; Bonner 2024; Shen, Conwell &amp; Bonner 2024): each voxel
 * z-scored within each session, then averaged over an image's repetitions. Fetchable from NSD's
 * public bucket ({@link NsdFetchPlanner}).
 */
@Extension
public final class NsdDatasetProvider implements BrainDatasetProvider, Fetchable {

  @Override
  public String id() {
    return "nsd";
  }

  @Override
  public String description() {
    return "Natural Scenes Dataset betas per subject and ROI, read from the NSD folder layout";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return NsdConfig.OPTIONS;
  }

  @Override
  public BrainDataset create(Options options) {
    return new NsdDataset(NsdConfig.from(options));
  }

  /** The NSD files the request needs, keyed as in NSD's bucket (see {@link NsdFetchPlanner}). */
  @Override
  public FetchPlan plan(Options options, FetchRequest request) {
    return NsdFetchPlanner.plan(options, request);
  }
}
