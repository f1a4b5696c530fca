package org.brainalign.formats.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;

/**
 * One data row of a {@link CsvTable}'s file as read: its fields by the header's column names, and
 * the line it begins on, so that a bad value is reported with file, line and column.
 */
public final class CsvRow {
  private final Path file;
  private final Map<String, Integer> columns;
  private final int line;
  private final List<String> fields;
  private final String remedy;

  CsvRow(Path file, Map<String, Integer> columns, int line, List<String> fields, String remedy) {
    this.file = file;
    this.columns = columns;
    this.line = line;
    this.fields = fields;
    this.remedy = remedy;
  }

  /** The 1-based line the row begins on. */
  public int line() {
    return line;
  }

  /** Whether the file's header has {@code column}. */
  public boolean has(CsvColumn<?, ?> column) {
    return columns.containsKey(column.name());
  }

  /**
   * The value of {@code column} in this row; the empty field's value where the file lacks an
   * optional column.
   *
   * @throws DataFormatException naming the line and column, if the field does not read as the
   *     column's kind
   */
  public <V> V get(CsvColumn<?, V> column) {
    Integer i = columns.get(column.name());
    String field = i == null ? "" : fields.get(i);
    try {
      return column.parse(field);
    } catch (IllegalArgumentException e) {
      throw invalid(column.name(), column.expected(), field.strip());
    }
  }

  /** A {@link DataFormatException} naming this row's line and {@code column}. */
  public DataFormatException invalid(String column, String expected, String found) {
    return new DataFormatException(file, "line " + line + ", column " + column + ": expected "
        + expected + ", found \"" + found + "\". " + remedy);
  }
}
