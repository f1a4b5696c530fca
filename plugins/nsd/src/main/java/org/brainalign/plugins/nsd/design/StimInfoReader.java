package org.brainalign.plugins.nsd.design;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brainalign.api.DataFormatException;

/**
 * Reads the trial order from {@code nsddata/experiments/nsd/nsd_stim_info_merged.csv}, the
 * alternative to {@code nsd_expdesign.mat}.
 *
 * <p>One row per 73k image; columns are found by header name: {@code nsdId} (0-based 73k id) and
 * {@code subjectK_repR} (R = 0, 1, 2): the 1-based trial number of the subject's R-th presentation
 * of that image, 0 when there is none. Other columns (cocoId, cropBox with quoted commas, ...) are
 * ignored.
 */
public final class StimInfoReader {

  private StimInfoReader() {}

  /**
   * @param subject 1-based subject number
   * @throws DataFormatException for a missing column, a malformed number or two images on one trial
   */
  public static TrialDesign read(Path file, int subject) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build().parse(in)) {
      Iterator<CSVRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new DataFormatException(file, "is empty; expected the nsd_stim_info_merged.csv header");
      }
      List<String> header = records.next().toList();
      int idColumn = column(file, header, "nsdId");
      int[] repColumns = new int[3];
      for (int r = 0; r < 3; r++) {
        repColumns[r] = column(file, header, "subject" + subject + "_rep" + r);
      }
      List<int[]> pairs = new ArrayList<>(); // (trial 0-based, image 0-based)
      int maxTrial = -1;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        // The file has one line per record (quoted fields hold commas, not line breaks).
        int lineNo = (int) record.getRecordNumber();
        List<String> cells = record.toList();
        if (cells.size() != header.size()) {
          throw new DataFormatException(file, "line " + lineNo + " has " + cells.size()
              + " fields, the header has " + header.size());
        }
        int image = number(file, lineNo, "nsdId", cells.get(idColumn));
        if (image >= ExpDesignReader.NSD_IMAGES) {
          throw new DataFormatException(file, "line " + lineNo + ": nsdId must be 0.."
              + (ExpDesignReader.NSD_IMAGES - 1) + ", found " + image);
        }
        for (int c : repColumns) {
          int trial = number(file, lineNo, header.get(c), cells.get(c));
          if (trial > 0) {
            pairs.add(new int[] {trial - 1, image});
            maxTrial = Math.max(maxTrial, trial - 1);
          }
        }
      }
      int[] images = new int[maxTrial + 1];
      Arrays.fill(images, -1);
      for (int[] p : pairs) {
        if (images[p[0]] >= 0) {
          throw new DataFormatException(file, "trial " + (p[0] + 1) + " of subject" + subject
              + " is listed for two images, " + images[p[0]] + " and " + p[1]);
        }
        images[p[0]] = p[1];
      }
      return new TrialDesign(file, images);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new DataFormatException(file, "cannot be read as RFC 4180 CSV: " + e, e);
    }
  }

  private static int column(Path file, List<String> header, String name) {
    int c = header.indexOf(name);
    if (c < 0) {
      throw new DataFormatException(file, "has no column '" + name + "'; expected the header of "
          + "nsd_stim_info_merged.csv (nsdId, subject1_rep0 ... subject8_rep2)");
    }
    return c;
  }

  private static int number(Path file, int lineNo, String column, String text) {
    try {
      double v = Double.parseDouble(text.strip());
      if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return (int) v;
    } catch (NumberFormatException e) {
      throw new DataFormatException(file, "line " + lineNo + ", column " + column
          + ": expected a whole number of at least 0, found '" + text + "'");
    }
  }
}
