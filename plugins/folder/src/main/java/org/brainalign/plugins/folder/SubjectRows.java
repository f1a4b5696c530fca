package org.brainalign.plugins.folder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.table.Table;
import org.brainalign.plugins.folder.table.RowTable;
import org.brainalign.support.dataset.Repetitions;
import org.brainalign.support.dataset.RowPlan;

/**
 * Which response rows feed which output row: the {@link RowPlan} of a subject's rows table, its
 * presentations the response rows, its stimuli the images' positions in the stimulus set.
 *
 * <p>{@code repetitions=mean}: one output row per stimulus shown by at least one response row, in
 * the stimulus set's order (file-name order for a folder, array order for HDF5, so rows line up
 * with {@code brainalign features} on the same folder), row id = the stimulus id; the value is the
 * mean of its response rows. {@code repetitions=separate}: one output row per response row, in the
 * rows table's order, row id {@code <stimulus>#<repetition>}, the repetition counting earlier rows
 * of the same stimulus from 0.
 *
 * @param plan the rows; its sessions index {@code sessionLabels} (all 0 without a session column)
 * @param rowIds one id per output row
 * @param sessionLabels session labels in order of first appearance
 * @param stimuli one row per output row, for stimuli.csv
 * @param unseen stimuli of the set that no response row shows
 */
public record SubjectRows(RowPlan plan, List<String> rowIds, List<String> sessionLabels,
    Table stimuli, List<String> unseen) {

  /**
   * @param setIds the stimulus set's ids; every id of {@code rows} is in it
   */
  public static SubjectRows of(RowTable rows, List<String> setIds, Repetitions repetitions) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < setIds.size(); i++) {
      index.put(setIds.get(i), i);
    }
    int n = rows.size();
    int[] session = new int[n];
    int[] shown = new int[n];
    boolean[] seen = new boolean[setIds.size()];
    Map<String, Integer> labels = new LinkedHashMap<>();
    for (int r = 0; r < n; r++) {
      session[r] = rows.sessions() == null ? 0
          : labels.computeIfAbsent(rows.sessions().get(r), k -> labels.size());
      shown[r] = index.get(rows.stimuli().get(r));
      seen[shown[r]] = true;
    }
    List<String> sessionLabels = rows.sessions() == null ? List.of("all")
        : List.copyOf(labels.keySet());
    List<String> unseen = new ArrayList<>();
    for (int i = 0; i < setIds.size(); i++) {
      if (!seen[i]) {
        unseen.add(setIds.get(i));
      }
    }
    RowPlan plan = RowPlan.of(shown, Repetitions.earlier(shown), session, repetitions);
    Table.Builder t = plan.separate()
        ? Table.builder("stimuli", "stimulus", "repetition", "session", "source_row")
        : Table.builder("stimuli", "stimulus", "trials");
    for (int o = 0; o < plan.rows(); o++) {
      String id = setIds.get(plan.stimulus(o));
      if (plan.separate()) {
        t.row(id, plan.repetition(o), sessionLabels.get(session[o]), o);
      } else {
        t.row(id, plan.groups()[o].length);
      }
    }
    return new SubjectRows(plan, List.copyOf(plan.rowIds(setIds::get)), sessionLabels, t.build(),
        List.copyOf(unseen));
  }
}
