/**
 * The CSV rules every reader of brainalign shares: how a line splits into cells
 * ({@link org.brainalign.formats.csv.CsvLine}), how a cell reads as a number
 * ({@link org.brainalign.formats.csv.CsvNumbers}), when a first line is a header
 * ({@link org.brainalign.formats.csv.CsvHeader}), and a numeric matrix read with them
 * ({@link org.brainalign.formats.csv.NumericCsv}): {@code compare}'s matrices and the {@code folder}
 * dataset's responses read CSV the same way.
 */
package org.brainalign.formats.csv;
