package org.brainalign.formats.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.brainalign.api.table.Table;
import org.brainalign.formats.AtomicFiles;

/**
 * Writes a {@link Table} in the {@link CsvCodec} dialect. Doubles use the shortest text that reads
 * back to the same value, so results are byte-identical run after run and exact when re-read.
 */
public final class TableWriter {
  private TableWriter() {}

  public static void write(Table table, Path file) {
    AtomicFiles.write(file, toCsv(table).getBytes(StandardCharsets.UTF_8));
  }

  public static String toCsv(Table table) {
    StringBuilder sb = new StringBuilder();
    try (CSVPrinter out = new CSVPrinter(sb, CsvCodec.WRITE)) {
      out.printRecord(table.columns());
      for (List<Object> row : table.rows()) {
        out.printRecord(row.stream().map(CsvCodec::format).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot format table " + table.name(), e);
    }
    return sb.toString();
  }
}
