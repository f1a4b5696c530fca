package org.brainalign.plugins.nsd.roi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.DataFormatException;

/**
 * A FreeSurfer-style colour table as NSD ships it ({@code nsddata/freesurfer/subjXX/label/
 * <family>.mgz.ctab}): one {@code "<value> <name>"} per line, separated by white space; further
 * columns (colours) and {@code #} comments are ignored. Value 0 ({@code Unknown}) is kept.
 *
 * @param file where it was read from
 * @param names label name by value, in file order
 */
public record LabelTable(Path file, Map<Integer, String> names) {

  public LabelTable {
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /**
   * Reads a table.
   *
   * @throws DataFormatException for a line that does not start with a whole number and a name
   */
  public static LabelTable read(Path file) {
    Map<Integer, String> names = new LinkedHashMap<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNo++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] parts = text.split("\\s+");
        int value;
        try {
          value = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
          value = -1;
        }
        if (parts.length < 2 || value < 0) {
          throw new DataFormatException(file, "line " + lineNo + ": expected \"<label value> "
              + "<name>\", found \"" + text + "\"");
        }
        names.put(value, parts[1]);
      }
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot be read: " + e, e);
    }
    return new LabelTable(file, names);
  }

  /** The value whose name is {@code name} (exact match first, then ignoring case), or -1. */
  public int valueOf(String name) {
    for (Map.Entry<Integer, String> e : names.entrySet()) {
      if (e.getValue().equals(name)) {
        return e.getKey();
      }
    }
    for (Map.Entry<Integer, String> e : names.entrySet()) {
      if (e.getValue().equalsIgnoreCase(name)) {
        return e.getKey();
      }
    }
    return -1;
  }
}
