package org.brainalign.formats.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.table.Table;

/**
 * A table whose rows are records {@code R}, written and read by one codec: its columns
 * ({@link CsvColumn}, each declared once) say what a record writes, and its reader builds a record
 * from a row's fields by the same columns. Files are in the {@link CsvCodec} dialect with one header
 * line; reading goes by column name, so a file may hold the columns in any order, extra columns,
 * and may lack {@link CsvColumn#optional optional} ones. A table may also be part of a larger
 * row ({@link Builder#part}).
 *
 * @param <R> the row record
 */
public final class CsvTable<R> {
  private final List<CsvColumn<R, ?>> columns;
  private final Function<CsvRow, R> reader;
  private final String remedy;

  private CsvTable(List<CsvColumn<R, ?>> columns, Function<CsvRow, R> reader, String remedy) {
    this.columns = List.copyOf(columns);
    this.reader = reader;
    this.remedy = remedy;
  }

  /** A row read from a file, with where it was read (for messages about it). */
  public record Entry<R>(R row, CsvRow source) {}

  /** Starts a table's columns. */
  public static <R> Builder<R> builder() {
    return new Builder<>();
  }

  /** The columns, in file order. */
  public List<CsvColumn<R, ?>> columns() {
    return columns;
  }

  /** The column names, in file order: the header. */
  public List<String> names() {
    return columns.stream().map(CsvColumn::name).toList();
  }

  /** The values {@code row} writes, in column order, before {@link CsvCodec#format}. */
  public List<Object> values(R row) {
    List<Object> out = new ArrayList<>(columns.size());
    for (CsvColumn<R, ?> c : columns) {
      out.add(c.value(row));
    }
    return out;
  }

  /** The fields {@code row} writes, in column order, as they stand in the file. */
  public List<String> fields(R row) {
    return values(row).stream().map(CsvCodec::format).toList();
  }

  /** {@code rows} as a {@link Table} named {@code name}. */
  public Table table(String name, List<R> rows) {
    return new Table(name, names(), rows.stream().map(this::values).toList());
  }

  /** Writes {@code rows} to {@code file} atomically ({@link TableWriter}). */
  public void write(String name, List<R> rows, Path file) {
    TableWriter.write(table(name, rows), file);
  }

  /** The record of a row read from a file of this table, or of a larger table holding this one. */
  public R read(CsvRow row) {
    return reader.apply(row);
  }

  /**
   * Every row of {@code file}, in order (for small files).
   *
   * @throws DataFormatException as {@link #stream}
   */
  public List<Entry<R>> read(Path file) {
    List<Entry<R>> out = new ArrayList<>();
    stream(file, out::add);
    return out;
  }

  /**
   * Calls {@code each} for every row of {@code file}, in order, holding one row at a time.
   *
   * @throws DataFormatException for an empty file, a header without a required column, a row of
   *     another width than the header, broken quoting or a field that does not read as its
   *     column's kind (the message names the line and column)
   */
  public void stream(Path file, Consumer<Entry<R>> each) {
    List<String> required = columns.stream().filter(CsvColumn::required).map(CsvColumn::name)
        .toList();
    try (CsvRecords records = CsvRecords.open(file, ',')) {
      List<String> header = records.next();
      if (header == null) {
        throw new DataFormatException(file, "expected a header line with the columns " + required
            + ", found an empty file. " + remedy);
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        index.put(header.get(i).strip(), i);
      }
      List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new DataFormatException(file, "expected the columns " + required
            + ", found the header " + header + " without " + missing + ". " + remedy);
      }
      for (List<String> r = records.next(); r != null; r = records.next()) {
        if (r.size() != header.size()) {
          throw new DataFormatException(file, "line " + records.line() + ": expected "
              + header.size() + " fields like the header, found " + r.size()
              + ". The file is truncated or not quoted properly. " + remedy);
        }
        CsvRow row = new CsvRow(file, index, records.line(), r, remedy);
        each.accept(new Entry<>(reader.apply(row), row));
      }
    }
  }

  /** Collects a table's columns in file order. */
  public static final class Builder<R> {
    private final List<CsvColumn<R, ?>> columns = new ArrayList<>();

    private Builder() {}

    /** Adds a column. */
    public Builder<R> column(CsvColumn<R, ?> column) {
      columns.add(column);
      return this;
    }

    /** Adds the columns of {@code part}, whose record {@code R} holds as {@code get}. */
    public <P> Builder<R> part(CsvTable<P> part, Function<? super R, ? extends P> get) {
      for (CsvColumn<P, ?> c : part.columns) {
        columns.add(c.partOf(get));
      }
      return this;
    }

    /**
     * The table.
     *
     * @param remedy the sentence that ends a message about a malformed file, e.g. how to rewrite it
     * @param reader builds a record from a row, by {@link CsvRow#get} of the columns added here
     */
    public CsvTable<R> build(String remedy, Function<CsvRow, R> reader) {
      return new CsvTable<>(columns, reader, remedy);
    }
  }
}
