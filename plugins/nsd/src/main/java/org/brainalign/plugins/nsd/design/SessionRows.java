package org.brainalign.plugins.nsd.design;

import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.table.Table;
import org.brainalign.support.dataset.Repetitions;
import org.brainalign.support.dataset.RowPlan;

/**
 * The rows of a subject's response matrix for the loaded sessions, and which trial feeds which row.
 *
 * <p>Trial {@code t} of the {@code p}-th loaded session is presentation {@code p·T + t} of the
 * {@link RowPlan}, its stimulus the 0-based 73k id. With {@code repetitions=mean} there is one row
 * per image shown in the loaded sessions, in ascending 73k id, row id = the id ({@code "2950"}).
 * With {@code separate} there is one row per loaded trial in presentation order, row id =
 * {@code "<id>#<repetition>"} ({@code "2950#1"}), where the repetition counts earlier presentations
 * of the image in the whole design from 0 (so a repeat keeps its number when earlier sessions are
 * not loaded).
 *
 * @param plan the rows
 * @param sessions the loaded sessions, 1-based, ascending
 * @param trialsPerSession trials in each session file (750 in NSD)
 * @param stimuli one row per response row: {@code nsd_id, trials}, or
 *     {@code nsd_id, repetition, session, trial}
 */
public record SessionRows(RowPlan plan, List<Integer> sessions, int trialsPerSession,
    Table stimuli) {

  public SessionRows {
    sessions = List.copyOf(sessions);
  }

  /**
   * Plans the rows for the given sessions.
   *
   * @param sessions 1-based session numbers, ascending
   * @param trialsPerSession trials in each session file (750 in NSD)
   * @throws InvalidInputException when the design does not describe every trial of those sessions
   */
  public static SessionRows of(TrialDesign design, List<Integer> sessions, int trialsPerSession,
      Repetitions repetitions) {
    for (int s : sessions) {
      long last = (long) trialsPerSession * s - 1;
      if (last >= design.trials()) {
        throw InvalidInputException.of(design.source().toString(),
            "a design covering session " + s + " (trials up to " + (last + 1) + " at "
                + trialsPerSession + " trials per session)",
            design.trials() + " trials", "Use the design file that matches these betas, or load "
                + "fewer sessions with sessions=.");
      }
    }
    int[] reps = design.repetitions();
    int n = sessions.size() * trialsPerSession;
    int[] shown = new int[n];
    int[] repetition = new int[n];
    int[] session = new int[n];
    for (int p = 0; p < sessions.size(); p++) {
      for (int t = 0; t < trialsPerSession; t++) {
        int g = trialsPerSession * (sessions.get(p) - 1) + t;
        int at = p * trialsPerSession + t;
        shown[at] = requireImage(design, g);
        repetition[at] = reps[g];
        session[at] = p;
      }
    }
    RowPlan plan = RowPlan.of(shown, repetition, session, repetitions);
    Table.Builder table = plan.separate()
        ? Table.builder("stimuli", "nsd_id", "repetition", "session", "trial")
        : Table.builder("stimuli", "nsd_id", "trials");
    for (int r = 0; r < plan.rows(); r++) {
      if (plan.separate()) {
        table.row(plan.stimulus(r), plan.repetition(r), sessions.get(r / trialsPerSession),
            r % trialsPerSession);
      } else {
        table.row(plan.stimulus(r), plan.groups()[r].length);
      }
    }
    return new SessionRows(plan, sessions, trialsPerSession, table.build());
  }

  private static int requireImage(TrialDesign design, int trial) {
    int image = design.image(trial);
    if (image < 0) {
      throw InvalidInputException.of(design.source().toString(),
          "an image for every trial of the loaded sessions",
          "none for trial " + (trial + 1) + " (1-based)", "Use the complete design file.");
    }
    return image;
  }

  /** The row fed by trial {@code t} of the {@code position}-th loaded session. */
  public int row(int position, int t) {
    return plan.row(position * trialsPerSession + t);
  }
}
