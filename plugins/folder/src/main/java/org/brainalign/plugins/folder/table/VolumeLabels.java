package org.brainalign.plugins.folder.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.api.DataFormatException;
import org.brainalign.support.nifti.NiftiVolume;

/**
 * ROI membership from a label volume: voxel {@code r} of the table, at 0-based {@code (i, j, k)},
 * has label {@code volume[i + X·(j + Y·k)]}; labels above 0 are ROIs (−1 and 0 mean none, as in
 * NSD's ROI files).
 */
final class VolumeLabels {

  private VolumeLabels() {}

  /** Each label's table rows, ascending labels, named by {@code names} or by the number. */
  static Map<String, List<Integer>> members(CsvTable t, NiftiVolume volume,
      Map<Integer, String> names) {
    int[] grid = volume.grid3();
    if (grid == null) {
      throw new DataFormatException(volume.file(), "expected a 3-D label volume, found dims "
          + Arrays.toString(volume.dims()));
    }
    int[] cols = new int[3];
    String[] axes = {"i", "j", "k"};
    for (int a = 0; a < 3; a++) {
      cols[a] = t.column(axes[a]);
      if (cols[a] < 0) {
        throw new DataFormatException(t.file(), "line 1: expected columns i, j, k (each voxel's "
            + "0-based coordinates in " + volume.file().getFileName() + "), found columns "
            + t.header());
      }
    }
    double[] data = volume.data();
    TreeMap<Integer, List<Integer>> byLabel = new TreeMap<>();
    for (int r = 0; r < t.size(); r++) {
      long flat = 0;
      long stride = 1;
      for (int a = 0; a < 3; a++) {
        String cell = t.required(r, cols[a], "a voxel coordinate");
        int v;
        try {
          v = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
          throw t.error(r, cols[a], "a whole number from 0 to " + (grid[a] - 1), "'" + cell + "'");
        }
        if (v < 0 || v >= grid[a]) {
          throw t.error(r, cols[a], "a coordinate from 0 to " + (grid[a] - 1) + " (the volume "
              + volume.file().getFileName() + " is " + grid[0] + " × " + grid[1] + " × " + grid[2]
              + ")", Integer.toString(v));
        }
        flat += v * stride;
        stride *= grid[a];
      }
      double label = data[(int) flat];
      if (label != Math.rint(label) || Math.abs(label) > Integer.MAX_VALUE) {
        throw new DataFormatException(volume.file(), "expected whole-number labels, found " + label
            + " at the voxel of " + t.file().getFileName() + " line " + t.line(r));
      }
      if (label > 0) {
        byLabel.computeIfAbsent((int) label, k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    byLabel.forEach((label, rows) -> out.put(names.getOrDefault(label, Integer.toString(label)),
        rows));
    if (out.size() != byLabel.size()) {
      throw new DataFormatException(volume.file(), "a label's number equals another label's name "
          + "in roi-names " + names + "; give the labels distinct names");
    }
    return out;
  }
}
