package org.brainalign.api.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;

/** A source of brain responses to images, per subject and region of interest. May hold open files. */
public interface BrainDataset extends AutoCloseable {

  /** Subject ids, e.g. {@code subj01}. */
  List<String> subjects();

  /** Region names valid for {@code subject}. */
  List<String> rois(String subject);

  /**
   * Checks a subject as a study file or command line writes it, before anything is read. A dataset
   * that accepts other spellings than {@link #subjects()} lists (NSD: {@code 1} for {@code subj01})
   * overrides this; the default accepts exactly the listed ones.
   *
   * @throws InvalidInputException for a subject the dataset does not have,
   *     listing the known ones
   */
  default void checkSubject(String subject) {
    if (!subjects().contains(subject)) {
      throw new InvalidInputException("subject '" + subject + "': no such "
          + "subject; known subjects: " + String.join(", ", subjects()));
    }
  }

  /**
   * Checks an ROI of a (checked) subject as written, before anything is read. A dataset that accepts
   * other names than {@link #rois} lists (NSD: {@code FILE:LABEL}) overrides this; the default
   * accepts exactly the listed ones.
   *
   * @throws InvalidInputException for an ROI the subject does not have, listing
   *     the known ones
   */
  default void checkRoi(String subject, String roi) {
    List<String> known = rois(subject);
    if (!known.contains(roi)) {
      throw new InvalidInputException("ROI '" + roi + "' of subject '" + subject
          + "': no such ROI; known ROIs: " + String.join(", ", known));
    }
  }

  /**
   * Responses of {@code subject} in {@code roi}.
   *
   * @throws InvalidInputException for an unknown subject or ROI (listing the known
   *     ones), or missing or malformed files (naming the path expected)
   */
  Responses responses(String subject, String roi, RunContext context);

  /**
   * Every file {@link #responses} reads for {@code subject} and {@code roi} (response arrays, row
   * and voxel tables, ROI volumes, design files, the dataset's own description), so that a study
   * recomputes exactly the cells whose responses changed and reuses the rest. Cheap: nothing is
   * read, the host digests the files and remembers the digests while the files are unchanged.
   *
   * @return the files, in any order; an empty list when the responses are computed from the
   *     dataset's options alone; {@link Optional#empty()} (the default) when the dataset does not
   *     say, and then the host fingerprints the responses themselves, which means reading them on
   *     every run
   */
  default Optional<List<Path>> responseFiles(String subject, String roi) {
    return Optional.empty();
  }

  /** The images {@code subject} saw, in the row order of {@link #responses}. */
  ImageSource stimuli(String subject, RunContext context);

  @Override
  void close();
}
