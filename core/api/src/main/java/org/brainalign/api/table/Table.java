package org.brainalign.api.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A small named table of results (a spectrum, per-voxel scores, a stimulus list), written as CSV.
 * Cells are {@link Number}, {@link Boolean} or {@link String}; {@code null} is an empty cell.
 *
 * @param name file stem, e.g. {@code spectrum} for {@code spectrum.csv}
 * @param columns column names
 * @param rows rows, each with one cell per column
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("table " + name + ": row has " + row.size()
            + " cells, expected " + columns.size());
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  /** Starts a table with the given columns. */
  public static Builder builder(String name, String... columns) {
    return new Builder(name, Arrays.asList(columns));
  }

  /** Index of a column, or -1. */
  public int columnIndex(String column) {
    return columns.indexOf(column);
  }

  /** A numeric column as doubles ({@code NaN} for empty cells). */
  public double[] numbers(String column) {
    int c = columnIndex(column);
    if (c < 0) {
      throw new IllegalArgumentException("table " + name + " has no column '" + column + "'");
    }
    double[] out = new double[rows.size()];
    for (int r = 0; r < out.length; r++) {
      Object v = rows.get(r).get(c);
      out[r] = v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
    return out;
  }

  /** Collects rows for a {@link Table}. */
  public static final class Builder {
    private final String name;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private Builder(String name, List<String> columns) {
      this.name = name;
      this.columns = columns;
    }

    public Builder row(Object... cells) {
      rows.add(Arrays.asList(cells));
      return this;
    }

    public Table build() {
      return new Table(name, columns, rows);
    }
  }
}
