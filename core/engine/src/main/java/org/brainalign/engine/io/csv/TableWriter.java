package org.brainalign.engine.io.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.table.Table;
import org.brainalign.engine.io.AtomicFiles;

/**
 * Writes a {@link Table} as RFC 4180 CSV. Doubles use the shortest text that reads back to the same
 * value, so results are byte-identical run after run and exact when re-read.
 */
public final class TableWriter {
  private TableWriter() {}

  public static void write(Table table, Path file) {
    AtomicFiles.write(file, toCsv(table).getBytes(StandardCharsets.UTF_8));
  }

  public static String toCsv(Table table) {
    StringBuilder sb = new StringBuilder();
    line(sb, table.columns());
    for (List<Object> row : table.rows()) {
      line(sb, row);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(format(cells.get(i)));
    }
    sb.append('\n');
  }

  /** The CSV text of one cell. */
  public static String format(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      if (d.isNaN()) {
        return "NaN";
      }
      if (d.isInfinite()) {
        return d > 0 ? "inf" : "-inf";
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue()) + ".0";
      }
      return Double.toString(d);
    }
    if (v instanceof Float f) {
      return format(f.doubleValue());
    }
    String s = v.toString();
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
