package org.brainalign.formats.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.DataFormatException;

/**
 * One CSV line split into cells: RFC 4180 quotes (a quoted cell may hold the delimiter and doubled
 * quotes, not line breaks), cells not stripped.
 */
public final class CsvLine {
  private CsvLine() {}

  /**
   * @param lineNo the 1-based line, for the message
   * @throws DataFormatException for a quote left open at the end of the line
   */
  public static String[] split(Path file, String line, int lineNo, char delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == delimiter) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      throw new DataFormatException(file, "line " + lineNo + ": expected a closing quote (\"), "
          + "found the end of the line; quoted cells cannot span lines");
    }
    out.add(cell.toString());
    return out.toArray(new String[0]);
  }

  /** Comma, unless {@code line} holds more tabs or semicolons than commas. */
  public static char delimiter(String line) {
    long commas = line.chars().filter(ch -> ch == ',').count();
    long tabs = line.chars().filter(ch -> ch == '\t').count();
    long semis = line.chars().filter(ch -> ch == ';').count();
    return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
  }
}
