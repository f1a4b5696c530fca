package org.brainalign.plugins.crossdecomposition;

import java.util.List;
import java.util.Locale;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.split.Split;

/**
 * What {@link Resampling} holds at once, checked against the memory budget before any fold is
 * fitted, so that a large {@code permutations} or {@code bootstraps} is refused with the value that
 * fits instead of ending in an out-of-memory error after the fits.
 *
 * <p>Per draw: its spectrum, {@code ranks} doubles (kept for the quantiles), and its row indices
 * for one fold, {@code testRows} ints, each an array with a 16-byte header and an 8-byte reference,
 * plus one double of the quantile column: {@code 8·ranks + 4·testRows + 56} bytes. Ranks are
 * bounded by the smallest training fold and the columns of X and Y (and {@code components}).
 */
final class ResamplingMemory {
  private static final long PER_DRAW = 16 + 8 + 16 + 8 + 8;

  private ResamplingMemory() {}

  /** Bytes of the resampled spectra and indices of {@code draws} draws. */
  static long bytes(long draws, int ranks, int testRows) {
    return draws * (8L * ranks + 4L * testRows + PER_DRAW);
  }

  /**
   * Refuses draws whose resampling would not fit in {@code budget}.
   *
   * @param components the option's value; 0 for every rank
   * @throws InvalidInputException naming the option, the estimate, the budget and the most draws
   *     that fit
   */
  static void check(CrossDecompositionOptions options, List<Split> splits, int xColumns,
      int yColumns, long budget) {
    int ranks = Math.min(xColumns, yColumns);
    int testRows = 0;
    for (Split s : splits) {
      ranks = Math.min(ranks, s.train().length);
      testRows = Math.max(testRows, s.test().length);
    }
    if (options.components() > 0) {
      ranks = Math.min(ranks, options.components());
    }
    check("permutations", options.permutations(), ranks, testRows, budget);
    check("bootstraps", options.bootstraps(), ranks, testRows, budget);
  }

  private static void check(String option, int draws, int ranks, int testRows, long budget) {
    long need = bytes(draws, ranks, testRows);
    if (draws == 0 || need <= budget) {
      return;
    }
    long fits = budget / bytes(1, ranks, testRows);
    throw InvalidInputException.of("option '" + option + "' of cross-decomposition",
        "draws whose resampled spectra fit in the memory budget of " + mib(budget) + " (--memory)",
        draws + " draws, about " + mib(need) + " (" + ranks + " ranks and " + testRows
            + " test rows per draw)", "Lower " + option + " to at most " + fits + " (1000 to "
            + "10000 draws resolve p-values down to 1e-3 to 1e-4), or raise --memory and the heap "
            + "(JAVA_OPTS=-Xmx...).");
  }

  private static String mib(long bytes) {
    return bytes >= (1L << 30) ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
  }
}
