package org.brainalign.plugins.folder.table;

import java.util.ArrayList;
import java.util.List;
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

  public int size() {
    return stimuli.size();
  }
}
