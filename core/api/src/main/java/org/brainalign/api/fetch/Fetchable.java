package org.brainalign.api.fetch;

import org.brainalign.api.extension.Options;

/**
 * Optional second interface of a {@link org.brainalign.api.dataset.BrainDatasetProvider} whose data
 * can be downloaded: it says which remote files a selection needs and where they go, in the layout
 * the dataset reads. The host ({@code brainalign fetch}) lists their sizes, shows the terms, checks
 * the disk, downloads, resumes and verifies; the provider only knows its layout.
 */
public interface Fetchable {

  /**
   * The files that {@code request} needs, under the root the options name.
   *
   * @param options the dataset's options, checked against its {@code options()} (the root need not
   *     exist yet)
   * @param request the subjects, sessions, ROIs and stimuli wanted
   * @throws org.brainalign.api.InvalidInputException for a subject, session or ROI the dataset does
   *     not have, naming the valid ones; nothing is downloaded before the plan exists
   */
  FetchPlan plan(Options options, FetchRequest request);
}
