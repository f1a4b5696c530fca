package org.brainalign.plugins.nsd;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.InvalidOptionException;

/**
 * Which sessions to load: {@code all} (every {@code betas_sessionNN.hdf5} on disk for the subject) or
 * 1-based numbers and ranges, e.g. {@code 1-10} or {@code 1,3,5-7} (write a list in brackets on the
 * command line: {@code sessions=[1,3,5-7]}).
 *
 * @param numbers the sessions asked for, ascending; empty for {@code all}
 */
public record SessionSelection(List<Integer> numbers) {

  public SessionSelection {
    numbers = List.copyOf(numbers);
  }

  /**
   * Parses the {@code sessions} option.
   *
   * @throws InvalidOptionException for anything but {@code all} or positive numbers and ranges
   */
  public static SessionSelection parse(String text) {
    String body = text.strip();
    if (body.startsWith("[") && body.endsWith("]")) {
      body = body.substring(1, body.length() - 1);
    }
    if (body.equals("all")) {
      return new SessionSelection(List.of());
    }
    TreeSet<Integer> out = new TreeSet<>();
    for (String part : body.split(",")) {
      String p = part.strip();
      try {
        int dash = p.indexOf('-');
        int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).strip());
        int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).strip());
        if (from < 1 || to < from || to > 999) {
          throw new NumberFormatException();
        }
        for (int s = from; s <= to; s++) {
          out.add(s);
        }
      } catch (NumberFormatException e) {
        throw new InvalidOptionException("option 'sessions' of 'nsd': expected all, or 1-based "
            + "session numbers and ranges such as 1-10 or [1,3,5-7], found '" + text + "'");
      }
    }
    return new SessionSelection(new ArrayList<>(out));
  }

  /** Whether every session on disk is wanted. */
  public boolean all() {
    return numbers.isEmpty();
  }

  /**
   * The sessions to load for a subject.
   *
   * @param onDisk the subject's sessions present on disk, ascending
   * @param where the folder they were looked for in, for the message
   * @throws InvalidInputException when a requested session is not on disk
   */
  public List<Integer> resolve(List<Integer> onDisk, String where) {
    if (all()) {
      return onDisk;
    }
    for (int s : numbers) {
      if (!onDisk.contains(s)) {
        throw InvalidInputException.of("sessions=" + numbers, "sessions present in " + where,
            "no betas_session" + String.format("%02d", s) + ".hdf5 (present: " + onDisk + ")",
            "Choose from the present sessions, or download the missing ones.");
      }
    }
    return numbers;
  }
}
