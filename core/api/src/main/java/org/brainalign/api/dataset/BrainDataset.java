package org.brainalign.api.dataset;

import java.util.List;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;

/** A source of brain responses to images, per subject and region of interest. May hold open files. */
public interface BrainDataset extends AutoCloseable {

  /** Subject ids, e.g. {@code subj01}. */
  List<String> subjects();

  /** Region names valid for {@code subject}. */
  List<String> rois(String subject);

  /**
   * Responses of {@code subject} in {@code roi}.
   *
   * @throws org.brainalign.api.InvalidInputException for an unknown subject or ROI (listing the known
   *     ones), or missing or malformed files (naming the path expected)
   */
  Responses responses(String subject, String roi, RunContext context);

  /** The images {@code subject} saw, in the row order of {@link #responses}. */
  ImageSource stimuli(String subject, RunContext context);

  @Override
  void close();
}
