package org.brainalign.report;

import java.util.List;

/**
 * A group of figures in the report, e.g. the paper's Figure 2.
 *
 * @param id HTML anchor
 * @param title heading
 * @param text one paragraph saying what to look for
 */
record Section(String id, String title, String text, List<Figure> figures) {}
