package org.brainalign.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;

/** Reads an index file: 0-based row numbers, one per line; blank lines and {@code #} comments skipped. */
public final class IndexFile {
  private IndexFile() {}

  /**
   * @throws InvalidInputException when the file is missing or a line is not a whole number
   */
  public static int[] read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(file.toString(), "an index file (0-based row numbers, one per "
          + "line)", "no such file", "Check the path.");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot read: " + e.getMessage(), e);
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      try {
        out.add(Integer.parseInt(s));
      } catch (NumberFormatException e) {
        throw new DataFormatException(file, "line " + (i + 1) + ": expected a 0-based row number, "
            + "found '" + s + "'");
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
