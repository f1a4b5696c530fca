/**
 * The rows of a study's tables ({@code spectra.csv}, {@code scores.csv}, {@code references.csv}),
 * one record each, whose columns are declared once: the merge writes the records
 * ({@code StudyTables}, {@code ReferenceTables}) and the report reads the files back into the same
 * records through the same {@link org.brainalign.formats.csv.CsvTable}.
 */
package org.brainalign.study.table;
