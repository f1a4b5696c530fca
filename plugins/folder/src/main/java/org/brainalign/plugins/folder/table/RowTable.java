package org.brainalign.plugins.folder.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.DataFormatException;

/**
 * The rows table of a subject: one line per response row, column {@code stimulus} (an id of the
 * stimulus set) and optional {@code session} (any label; rows with the same label form a session).
 * Other columns are allowed and ignored.
 *
 * @param table the file as read
 * @param stimuli the stimulus id of each response row
 * @param sessions the session label of each response row, or null without a session column
 */
public record RowTable(CsvTable table, List<String> stimuli, List<String> sessions) {

  /**
   * @throws DataFormatException without a {@code stimulus} column or with an empty cell
   */
  public static RowTable of(CsvTable t) {
    int s = t.column("stimulus");
    if (s < 0) {
      throw new DataFormatException(t.file(), "line 1: expected a column 'stimulus' (the "
          + "stimulus id of each response row), found columns " + t.header());
    }
    int session = t.column("session");
    List<String> stimuli = new ArrayList<>(t.size());
    List<String> sessions = session < 0 ? null : new ArrayList<>(t.size());
    for (int r = 0; r < t.size(); r++) {
      stimuli.add(t.required(r, s, "a stimulus id"));
      if (sessions != null) {
        sessions.add(t.required(r, session, "a session label"));
      }
    }
    return new RowTable(t, List.copyOf(stimuli), sessions == null ? null : List.copyOf(sessions));
  }

  /**
   * Z-scoring a session of one trial gives its every response 0 ({@code x − mean = 0}): refused,
   * naming the session, its first line and the remedy.
   *
   * @param subject the subject, for the message
   * @throws DataFormatException for a session of fewer than 2 rows
   */
  public void requireTwoTrialsPerSession(String subject) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (int r = 0; r < size(); r++) {
      count.merge(sessions.get(r), 1, Integer::sum);
      firstRow.putIfAbsent(sessions.get(r), r);
    }
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (e.getValue() < 2) {
        throw new DataFormatException(table.file(), "subject '" + subject + "', session '"
            + e.getKey() + "' (line " + table.line(firstRow.get(e.getKey())) + "): "
            + "zscore=session needs at least 2 trials in each session, found " + e.getValue()
            + " (its z-scores would all be 0). Pass zscore=none, or drop that row, or give it the "
            + "label of another session to merge them");
      }
    }
  }

  public int size() {
    return stimuli.size();
  }
}
