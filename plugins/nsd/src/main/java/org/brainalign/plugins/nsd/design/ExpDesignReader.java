package org.brainalign.plugins.nsd.design;

import java.io.IOException;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Reads {@code nsddata/experiments/nsd/nsd_expdesign.mat} (MATLAB level 5, compressed or not) with
 * MFL.
 *
 * <p>Variables used: {@code masterordering} (1 × 30000: for trial t, the 1-based column of
 * {@code subjectim}) and {@code subjectim} (8 × 10000: the 1-based 73k id of each subject's images).
 * The 0-based image of 0-based trial {@code t} of subject {@code s} is
 * {@code subjectim[s][masterordering[t] − 1] − 1}.
 */
public final class ExpDesignReader {
  /** Images in the NSD stimulus set. */
  public static final int NSD_IMAGES = 73_000;

  private ExpDesignReader() {}

  /**
   * Reads the trial order of one subject.
   *
   * @param subject 1-based subject number (1 for subj01)
   * @throws DataFormatException when the file is not a level-5 MAT file, lacks a variable, or holds
   *     values outside the ranges above
   */
  public static TrialDesign read(Path file, int subject) {
    try {
      Mat5Layout.check(file);
    } catch (IOException e) {
      throw new DataFormatException(file, "cannot be read: " + e, e);
    }
    try (Mat5File mat = Mat5.readFromFile(file.toFile())) {
      Matrix order = matrix(file, mat, "masterordering");
      Matrix images = matrix(file, mat, "subjectim");
      if (subject > images.getNumRows()) {
        throw new DataFormatException(file, "subjectim has " + images.getNumRows()
            + " rows (subjects), so subject " + subject + " has no images in this design file");
      }
      int columns = images.getNumCols();
      int trials = order.getNumElements();
      int[] out = new int[trials];
      for (int t = 0; t < trials; t++) {
        int column = whole(file, "masterordering", t, order.getDouble(t), columns);
        out[t] = whole(file, "subjectim", column - 1, images.getDouble(subject - 1, column - 1),
            NSD_IMAGES) - 1;
      }
      return new TrialDesign(file, out);
    } catch (IOException | RuntimeException e) {
      if (e instanceof DataFormatException d) {
        throw d;
      }
      throw new DataFormatException(file, "cannot be read as a MATLAB level-5 .mat file (" + e
          + "). A v7.3 (HDF5) file needs re-saving with save(..., '-v7'); or use design="
          + "nsd_stim_info_merged.csv.", e);
    }
  }

  private static Matrix matrix(Path file, Mat5File mat, String name) {
    for (var entry : mat.getEntries()) {
      if (entry.getName().equals(name)) {
        if (entry.getValue() instanceof Matrix m) {
          return m;
        }
        throw new DataFormatException(file, "variable '" + name + "' must be a numeric matrix, "
            + "found " + entry.getValue().getType());
      }
    }
    throw new DataFormatException(file, "has no variable '" + name + "'; nsd_expdesign.mat holds "
        + "masterordering, subjectim, sharedix, stimpattern and basiccnt. Download it again.");
  }

  private static int whole(Path file, String variable, int index, double value, int max) {
    if (value != Math.rint(value) || value < 1 || value > max) {
      throw new DataFormatException(file, variable + " element " + index + " must be a whole "
          + "number in 1.." + max + " (1-based), found " + value);
    }
    return (int) value;
  }
}
