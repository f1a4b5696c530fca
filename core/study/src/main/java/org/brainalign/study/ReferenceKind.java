package org.brainalign.study;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A reference spectrum of the brain against itself (Gauthaman, Ménard &amp; Bonner 2024): how many
 * dimensions of an ROI's responses are reliable at all, the ceiling a model's spectrum is read
 * against. See docs/method.md §7.
 */
public enum ReferenceKind {
  /**
   * Per subject × ROI: the cross-decomposition of each stimulus's first presentation (X) against
   * its second (Y), over the stimuli shown at least twice.
   */
  WITHIN_SUBJECT("within-subject"),
  /**
   * Per pair of subjects × ROI, over the stimuli both saw at least twice: the rank-wise mean of
   * A's first presentations against B's second and A's second against B's first.
   */
  BETWEEN_SUBJECT("between-subject");

  private final String id;

  ReferenceKind(String id) {
    this.id = id;
  }

  /** The name a study file and the tables use. */
  public String id() {
    return id;
  }

  static ReferenceKind parse(YamlNode node) {
    String s = node.string();
    for (ReferenceKind k : values()) {
      if (k.id.equals(s)) {
        return k;
      }
    }
    throw node.error("expected a reference kind (" + Arrays.stream(values())
        .map(ReferenceKind::id).collect(Collectors.joining(", ")) + "), found '" + s + "'");
  }
}
