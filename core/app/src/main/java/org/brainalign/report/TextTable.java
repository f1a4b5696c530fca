package org.brainalign.report;

import java.util.List;

/**
 * A small table of text for the report page; cells that read as numbers are right-aligned.
 *
 * @param caption one sentence above the table
 * @param header column names
 * @param rows one list of cells per row, each as long as {@code header}
 */
record TextTable(String caption, List<String> header, List<List<String>> rows) {}
