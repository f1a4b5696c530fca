package org.brainalign.report;

import java.util.List;

/**
 * A group of figures in the report, e.g. the paper's Figure 2.
 *
 * @param id HTML anchor
 * @param title heading
 * @param text one paragraph saying what to look for
 * @param tables tables shown after the figures (often none)
 */
record Section(String id, String title, String text, List<Figure> figures,
    List<TextTable> tables) {

  Section(String id, String title, String text, List<Figure> figures) {
    this(id, title, text, figures, List.of());
  }
}
