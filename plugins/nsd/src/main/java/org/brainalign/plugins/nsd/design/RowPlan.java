package org.brainalign.plugins.nsd.design;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.table.Table;
import org.brainalign.support.dataset.Repetitions;

/**
 * The rows of a subject's response matrix and which trial feeds which row.
 *
 * <p>With {@code separate = false} (repetitions averaged) there is one row per image shown in the
 * loaded sessions, in ascending 0-based 73k id, row id = the id ({@code "2950"}). With
 * {@code separate = true} there is one row per loaded trial in presentation order, row id =
 * {@code "<id>#<repetition>"} ({@code "2950#1"}), where the repetition counts earlier presentations
 * of the image in the whole design from 0 (so a repeat keeps its number when earlier sessions are
 * not loaded).
 */
public final class RowPlan {
  private final boolean separate;
  private final List<Integer> sessions;
  private final int[][] rowOfTrial; // [session position][trial in session]
  private final int[] images; // per row, 0-based 73k id
  private final int[] trialsPerRow;
  private final Table stimuli;

  private RowPlan(boolean separate, List<Integer> sessions, int[][] rowOfTrial, int[] images,
      int[] trialsPerRow, Table stimuli) {
    this.separate = separate;
    this.sessions = sessions;
    this.rowOfTrial = rowOfTrial;
    this.images = images;
    this.trialsPerRow = trialsPerRow;
    this.stimuli = stimuli;
  }

  /**
   * Plans the rows for the given sessions.
   *
   * @param sessions 1-based session numbers, ascending
   * @param trialsPerSession trials in each session file (750 in NSD)
   * @throws InvalidInputException when the design does not describe every trial of those sessions
   */
  public static RowPlan of(TrialDesign design, List<Integer> sessions, int trialsPerSession,
      boolean separate) {
    int[] reps = design.repetitions();
    int[][] rowOfTrial = new int[sessions.size()][trialsPerSession];
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
    if (separate) {
      Table.Builder table = Table.builder("stimuli", "nsd_id", "repetition", "session", "trial");
      List<Integer> rowImages = new ArrayList<>();
      for (int p = 0; p < sessions.size(); p++) {
        for (int t = 0; t < trialsPerSession; t++) {
          int g = trialsPerSession * (sessions.get(p) - 1) + t;
          int image = requireImage(design, g);
          rowOfTrial[p][t] = rowImages.size();
          rowImages.add(image);
          table.row(image, reps[g], sessions.get(p), t);
        }
      }
      int[] images = rowImages.stream().mapToInt(Integer::intValue).toArray();
      int[] ones = new int[images.length];
      java.util.Arrays.fill(ones, 1);
      return new RowPlan(true, List.copyOf(sessions), rowOfTrial, images, ones, table.build());
    }
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (int s : sessions) {
      for (int t = 0; t < trialsPerSession; t++) {
        counts.merge(requireImage(design, trialsPerSession * (s - 1) + t), 1, Integer::sum);
      }
    }
    int[] images = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
    int[] perRow = counts.values().stream().mapToInt(Integer::intValue).toArray();
    for (int p = 0; p < sessions.size(); p++) {
      for (int t = 0; t < trialsPerSession; t++) {
        int image = design.image(trialsPerSession * (sessions.get(p) - 1) + t);
        rowOfTrial[p][t] = java.util.Arrays.binarySearch(images, image);
      }
    }
    Table.Builder table = Table.builder("stimuli", "nsd_id", "trials");
    for (int r = 0; r < images.length; r++) {
      table.row(images[r], perRow[r]);
    }
    return new RowPlan(false, List.copyOf(sessions), rowOfTrial, images, perRow, table.build());
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

  public int rows() {
    return images.length;
  }

  /** {@code "2950"}, or {@code "2950#1"} with repetitions kept separate. */
  public String rowId(int row) {
    return separate ? Repetitions.rowId(Integer.toString(images[row]),
        ((Number) stimuli.rows().get(row).get(1)).intValue()) : Integer.toString(images[row]);
  }

  /**
   * The row ids; with repetitions separate, {@linkplain Labels#presentations presentations} of
   * their images ({@code "2950#1"} shows {@code "2950"}), so that folds keep an image's rows together.
   */
  public Labels labels() {
    List<String> ids = new ArrayList<>(rows());
    List<String> shown = new ArrayList<>(rows());
    for (int r = 0; r < rows(); r++) {
      ids.add(rowId(r));
      shown.add(Integer.toString(images[r]));
    }
    return Repetitions.of(separate).labels(ids, shown);
  }

  /** 0-based 73k id shown in row {@code row}. */
  public int image(int row) {
    return images[row];
  }

  /** The row fed by trial {@code t} of the {@code position}-th loaded session. */
  public int row(int position, int t) {
    return rowOfTrial[position][t];
  }

  /** How many trials are averaged into row {@code row} (1 with repetitions separate). */
  public int trials(int row) {
    return trialsPerRow[row];
  }

  public boolean separate() {
    return separate;
  }

  /** The loaded sessions, 1-based, ascending. */
  public List<Integer> sessions() {
    return sessions;
  }

  /** One row per response row: {@code nsd_id, trials}, or {@code nsd_id, repetition, session, trial}. */
  public Table stimuli() {
    return stimuli;
  }
}
