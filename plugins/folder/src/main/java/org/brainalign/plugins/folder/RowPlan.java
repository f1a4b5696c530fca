package org.brainalign.plugins.folder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.table.Table;
import org.brainalign.plugins.folder.table.RowTable;
import org.brainalign.support.dataset.Repetitions;

/**
 * Which response rows feed which output row.
 *
 * <p>{@code repetitions=mean}: one output row per stimulus shown by at least one response row, in
 * the stimulus set's order (file-name order for a folder, array order for HDF5, so rows line up
 * with {@code brainalign features} on the same folder), row id = the stimulus id; the value is the
 * mean of its response rows. {@code repetitions=separate}: one output row per response row, in the
 * rows table's order, row id {@code <stimulus>#<repetition>}, the repetition counting earlier rows
 * of the same stimulus from 0.
 *
 * @param separate whether repetitions are kept as rows
 * @param rowIds one id per output row
 * @param groups per output row, the response rows averaged into it (ascending)
 * @param images per output row, the index of its image in the stimulus set
 * @param session per response row, the 0-based index of its session in {@code sessionLabels}
 *     (all 0 without a session column)
 * @param sessionLabels session labels in order of first appearance
 * @param stimuli one row per output row, for stimuli.csv
 * @param unseen stimuli of the set that no response row shows
 */
public record RowPlan(boolean separate, List<String> rowIds, int[][] groups, int[] images,
    int[] session, List<String> sessionLabels, Table stimuli, List<String> unseen) {

  /**
   * @param index the position of each stimulus id in the set; every id of {@code rows} is in it
   */
  public static RowPlan of(RowTable rows, List<String> setIds, boolean separate) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < setIds.size(); i++) {
      index.put(setIds.get(i), i);
    }
    int n = rows.size();
    int[] session = new int[n];
    Map<String, Integer> labels = new LinkedHashMap<>();
    for (int r = 0; r < n; r++) {
      session[r] = rows.sessions() == null ? 0
          : labels.computeIfAbsent(rows.sessions().get(r), k -> labels.size());
    }
    List<String> sessionLabels = rows.sessions() == null ? List.of("all")
        : List.copyOf(labels.keySet());
    List<List<Integer>> byImage = new ArrayList<>();
    for (int i = 0; i < setIds.size(); i++) {
      byImage.add(new ArrayList<>());
    }
    for (int r = 0; r < n; r++) {
      byImage.get(index.get(rows.stimuli().get(r))).add(r);
    }
    List<String> unseen = new ArrayList<>();
    for (int i = 0; i < setIds.size(); i++) {
      if (byImage.get(i).isEmpty()) {
        unseen.add(setIds.get(i));
      }
    }
    List<String> ids = new ArrayList<>();
    List<int[]> groups = new ArrayList<>();
    List<Integer> images = new ArrayList<>();
    Table.Builder t;
    if (separate) {
      t = Table.builder("stimuli", "stimulus", "repetition", "session", "source_row");
      int[] shown = new int[n];
      for (int r = 0; r < n; r++) {
        shown[r] = index.get(rows.stimuli().get(r));
      }
      int[] earlier = Repetitions.earlier(shown);
      for (int r = 0; r < n; r++) {
        int image = shown[r];
        int rep = earlier[r];
        ids.add(Repetitions.rowId(setIds.get(image), rep));
        groups.add(new int[] {r});
        images.add(image);
        t.row(setIds.get(image), rep, sessionLabels.get(session[r]), r);
      }
    } else {
      t = Table.builder("stimuli", "stimulus", "trials");
      for (int i = 0; i < setIds.size(); i++) {
        List<Integer> g = byImage.get(i);
        if (!g.isEmpty()) {
          ids.add(setIds.get(i));
          groups.add(g.stream().mapToInt(Integer::intValue).toArray());
          images.add(i);
          t.row(setIds.get(i), g.size());
        }
      }
    }
    return new RowPlan(separate, List.copyOf(ids), groups.toArray(new int[0][]),
        images.stream().mapToInt(Integer::intValue).toArray(), session, sessionLabels, t.build(),
        List.copyOf(unseen));
  }

  public int rows() {
    return rowIds.size();
  }

  /**
   * The row ids; with repetitions separate, {@linkplain Labels#presentations presentations} of their
   * stimuli ({@code "a.png#1"} shows {@code "a.png"}), so that folds keep a stimulus's rows together.
   *
   * @param setIds the stimulus set's ids, as given to {@link #of}
   */
  public Labels labels(List<String> setIds) {
    List<String> shown = new ArrayList<>(images.length);
    for (int image : images) {
      shown.add(setIds.get(image));
    }
    return Repetitions.of(separate).labels(rowIds, shown);
  }
}
