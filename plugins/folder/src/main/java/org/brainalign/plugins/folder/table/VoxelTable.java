package org.brainalign.plugins.folder.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainalign.api.DataFormatException;
import org.brainalign.support.nifti.NiftiVolume;

/**
 * The voxel table of a subject: one line per response column (voxel, unit, channel). ROIs come from
 * a {@code roi} column (the voxel's label; an empty cell is no ROI) and from every other column
 * except {@code id}, {@code i}, {@code j}, {@code k}, each a 0/1 membership column named by its
 * header (a voxel may then sit in several ROIs). Column {@code id} gives voxel ids (default: the
 * 0-based column index of the response matrix). With a label volume (NIfTI-1, values −1 or 0 = no
 * ROI, 1..N = labels), columns {@code i, j, k} give each voxel's 0-based coordinates in it, and
 * every label with a voxel is an ROI, named by {@code names} or by its number.
 *
 * @param table the file as read
 * @param ids one id per response column
 * @param rois each ROI's response columns, ascending; {@code roi} labels in order of first
 *     appearance, then membership columns in header order
 */
public record VoxelTable(CsvTable table, List<String> ids, Map<String, int[]> rois) {
  /** Columns that never name an ROI. */
  public static final Set<String> RESERVED = Set.of("id", "roi", "i", "j", "k");

  /**
   * @throws DataFormatException for a voxel id given twice, a membership cell that is not 0 or 1,
   *     an empty column, or an ROI defined twice
   */
  public static VoxelTable of(CsvTable t) {
    return of(t, null, Map.of());
  }

  /**
   * @param volume a label volume, or null
   * @param names names of the volume's labels
   * @throws DataFormatException as {@link #of(CsvTable)}, and for missing, non-integer or
   *     out-of-grid coordinates or a non-integer label
   */
  public static VoxelTable of(CsvTable t, NiftiVolume volume, Map<Integer, String> names) {
    int idCol = t.column("id");
    List<String> ids = new ArrayList<>(t.size());
    Map<String, Integer> firstRow = new HashMap<>();
    for (int r = 0; r < t.size(); r++) {
      String id = idCol < 0 ? Integer.toString(r) : t.required(r, idCol, "a voxel id");
      Integer first = firstRow.putIfAbsent(id, r);
      if (first != null) {
        throw t.error(r, idCol, "a voxel id of its own", "'" + id + "', the id of line "
            + t.line(first) + " too. Each voxel (response column) needs its own id");
      }
      ids.add(id);
    }
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    int roiCol = t.column("roi");
    if (roiCol >= 0) {
      for (int r = 0; r < t.size(); r++) {
        String label = t.cell(r, roiCol);
        if (!label.isEmpty()) {
          members.computeIfAbsent(label, k -> new ArrayList<>()).add(r);
        }
      }
    }
    if (volume != null) {
      for (Map.Entry<String, List<Integer>> e : VolumeLabels.members(t, volume, names).entrySet()) {
        if (members.containsKey(e.getKey())) {
          throw new DataFormatException(t.file(), "ROI '" + e.getKey() + "' is both a label in "
              + "column 'roi' and a label of " + volume.file().getFileName() + "; rename one");
        }
        members.put(e.getKey(), e.getValue());
      }
    }
    for (int c = 0; c < t.header().size(); c++) {
      String name = t.header().get(c);
      if (RESERVED.contains(name)) {
        continue;
      }
      if (members.containsKey(name)) {
        throw new DataFormatException(t.file(), "line 1, column " + (c + 1) + ": ROI '" + name
            + "' is both a label (column 'roi' or the label volume) and a 0/1 column; rename one");
      }
      List<Integer> in = new ArrayList<>();
      for (int r = 0; r < t.size(); r++) {
        String v = t.required(r, c, "0 or 1 (membership of ROI '" + name + "')");
        if (v.equals("1") || v.equals("1.0") || v.equalsIgnoreCase("true")) {
          in.add(r);
        } else if (!(v.equals("0") || v.equals("0.0") || v.equalsIgnoreCase("false"))) {
          throw t.error(r, c, "0 or 1 (membership of ROI '" + name + "')", "'" + v + "'");
        }
      }
      if (in.isEmpty()) {
        throw new DataFormatException(t.file(), "column " + (c + 1) + " (" + name + "): expected "
            + "at least one voxel with 1 in ROI column '" + name + "', found none (an ROI with no "
            + "voxel). Remove the column or mark its voxels");
      }
      members.put(name, in);
    }
    Map<String, int[]> rois = new LinkedHashMap<>();
    members.forEach((k, v) -> rois.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return new VoxelTable(t, List.copyOf(ids), rois);
  }

  public int size() {
    return ids.size();
  }
}
