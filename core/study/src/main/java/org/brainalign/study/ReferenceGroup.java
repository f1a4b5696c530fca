package org.brainalign.study;

import java.util.List;
import org.brainalign.support.digest.Sha256;

/**
 * One cells task of the references: a subject (within-subject) or a pair of subjects
 * (between-subject), every ROI the study names for it.
 *
 * @param index the task's index among the references (its cells task index follows the model's)
 * @param subjectB the pair's second subject, or null for a within-subject reference
 */
record ReferenceGroup(int index, ReferenceKind kind, String subject, String subjectB,
    List<String> rois) {

  ReferenceGroup {
    rois = List.copyOf(rois);
  }

  /** {@code subj01} or {@code subj01+subj02}: the subject column of the reference's scores row. */
  String subjects() {
    return subjectB == null ? subject : subject + "+" + subjectB;
  }

  /** The folder of one ROI's reference under {@code references/}. */
  CellKey key(String roi, String identity) {
    return new CellKey(kind.id() + "_" + GridCell.slug(subjects()) + "_" + GridCell.slug(roi)
        + "_" + Sha256.of(String.join("|", identity, kind.id(), subjects(), roi)).substring(0, 10));
  }

  @Override
  public String toString() {
    return kind.id() + " " + subjects();
  }
}
