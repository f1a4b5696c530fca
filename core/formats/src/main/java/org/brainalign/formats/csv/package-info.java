/**
 * The one CSV dialect of brainalign, read and written with Apache Commons CSV: how tables are
 * written and how a cell reads as a number ({@link org.brainalign.formats.csv.CsvCodec},
 * {@link org.brainalign.formats.csv.CsvNumbers}), how a file splits into records with their lines
 * ({@link org.brainalign.formats.csv.CsvRecords}), when a first line is a header
 * ({@link org.brainalign.formats.csv.CsvHeader}), a numeric matrix read with them
 * ({@link org.brainalign.formats.csv.NumericCsv}): {@code compare}'s matrices and the {@code folder}
 * dataset's responses and tables read CSV the same way; and a table whose rows are records
 * ({@link org.brainalign.formats.csv.CsvTable}), each column declared once
 * ({@link org.brainalign.formats.csv.CsvColumn}) for writing and reading, as a study's result
 * tables are.
 */
package org.brainalign.formats.csv;
