package org.brainalign.formats.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;

/**
 * Whether the first line of a numeric CSV file names its columns. Stated ({@link #PRESENT},
 * {@link #ABSENT}) it is obeyed. Unstated, the rule is: a first line with a cell that is not a
 * number ({@link CsvNumbers}) is a header; an all-numeric first line is data, except one that could
 * equally be column names: whole numbers {@code 0, 1, …, p−1} or {@code 1, 2, …, p} (what
 * {@code pandas.DataFrame(a).to_csv(path, index=False)} writes as the header of an array). That line
 * is an error asking which it is: a guess would turn column names into a stimulus, or a stimulus
 * into column names.
 */
public enum CsvHeader {
  /** The first line names the columns. */
  PRESENT,
  /** Every line is data. */
  ABSENT,
  /** Not stated: decided by the rule above. */
  UNSTATED;

  /**
   * Parses {@code true} (a header) or {@code false} (none).
   *
   * @param where the option or key, for the message
   * @throws InvalidInputException for any other value
   */
  public static CsvHeader parse(String value, String where) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("true")) {
      return PRESENT;
    }
    if (v.equals("false")) {
      return ABSENT;
    }
    throw InvalidInputException.of(where, "true (the first line names the columns) or false (every "
        + "line is data)", "'" + value + "'", "Write header=true or header=false.");
  }

  /**
   * Whether the first line, {@code cells}, is a header.
   *
   * @param lineNo its 1-based line
   * @param howToSay how the user states the header for this file, for the message
   * @throws DataFormatException under {@link #UNSTATED} for a line that could be column names or data
   */
  public boolean isHeader(Path file, int lineNo, List<String> cells, String howToSay) {
    if (this != UNSTATED) {
      return this == PRESENT;
    }
    if (!cells.stream().allMatch(CsvNumbers::isNumber)) {
      return true;
    }
    if (countsColumns(cells)) {
      String shown = cells.size() <= 4 ? String.join(",", cells.stream().map(String::strip).toList())
          : cells.get(0).strip() + "," + cells.get(1).strip() + ",…," + cells.get(cells.size() - 1)
              .strip();
      throw new DataFormatException(file, "line " + lineNo + " is '" + shown + "': column numbers, "
          + "as pandas writes for DataFrame(array).to_csv(path, index=False), or a row of data? "
          + "brainalign does not guess: " + howToSay + ". Or save the array with numpy.save, which "
          + "needs no header");
    }
    return false;
  }

  /** Whole numbers 0..p−1 or 1..p, in order. */
  static boolean countsColumns(List<String> cells) {
    if (!cells.stream().allMatch(CsvNumbers::isInteger)) {
      return false;
    }
    long first = Long.parseLong(cells.get(0).strip().replace("+", ""));
    if (first != 0 && first != 1) {
      return false;
    }
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i).strip().replace("+", "");
      if (c.length() > 18 || Long.parseLong(c) != first + i) {
        return false;
      }
    }
    return true;
  }
}
