package org.brainalign.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.table.Table;
import org.brainalign.formats.csv.TableWriter;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyWriter;

/**
 * Writes a metric's result into a folder: each table as {@code <name>.csv}, each array as
 * {@code <name>.npy}, and {@code summary.json} last, so a folder with a summary is complete.
 */
public final class ResultWriter {
  private ResultWriter() {}

  /** Name of the file written last; its presence marks a complete result folder. */
  public static final String SUMMARY = "summary.json";

  /** Writes tables and arrays (not the summary). */
  public static void writeDetails(Path dir, AlignmentResult result) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    for (Table t : result.tables()) {
      TableWriter.write(t, dir.resolve(t.name() + ".csv"));
    }
    for (Map.Entry<String, Matrix> a : result.arrays().entrySet()) {
      NpyWriter.write(dir.resolve(a.getKey() + ".npy"), a.getValue(), NpyDtype.FLOAT64);
    }
  }

  /** Writes {@code summary.json}, the completion marker. */
  public static void writeSummary(Path dir, Map<String, Object> summary) {
    JsonFiles.write(dir.resolve(SUMMARY), summary);
  }
}
