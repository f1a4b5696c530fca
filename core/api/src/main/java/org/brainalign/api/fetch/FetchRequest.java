package org.brainalign.api.fetch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to fetch, in the dataset's own words.
 *
 * @param subjects subject ids as the dataset accepts them, or {@code ["all"]}
 * @param sessions sessions as the dataset's {@code sessions} option writes them (e.g. {@code 1-10}),
 *     or empty to take the dataset options' own
 * @param rois ROI names as the dataset accepts them, or {@code ["all"]} for every ROI file the
 *     dataset names by default
 * @param stimuli whether the stimulus images are wanted too
 */
public record FetchRequest(List<String> subjects, Optional<String> sessions, List<String> rois,
    boolean stimuli) {

  public FetchRequest {
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(sessions, "sessions");
    rois = List.copyOf(rois);
    if (subjects.isEmpty() || rois.isEmpty()) {
      throw new IllegalArgumentException("subjects and rois need at least one entry (or all)");
    }
  }
}
