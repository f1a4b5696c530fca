package org.brainalign.plugins.crossdecomposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.compute.SymmetricEigenSolver;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentInput;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentResult;
import org.brainalign.api.metric.Spectrum;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.split.Split;
import org.brainalign.api.table.Table;
import org.brainalign.support.split.StimulusFolds;
import org.brainalign.support.stats.Moments;
import org.brainalign.support.stats.Quantiles;

/**
 * The cross-decomposition spectrum (Shen, Conwell &amp; Bonner 2024; Gauthaman, Ménard &amp; Bonner
 * 2023).
 *
 * <p>For each split: centre X {@code (n × p)} and Y {@code (n × q)} on the training means, take the
 * SVD of the training cross-covariance C = X_trᵀ Y_tr / (n_tr − 1) = U S Vᵀ, project the test rows
 * (X_te U, Y_te V) and correlate paired columns rank by rank. Equal to scikit-learn's
 * {@code PLSSVD(scale=False)} fit on the training rows and {@code transform} on the test rows. C is
 * never formed when p or q exceeds n: such a side goes through its Gram matrix
 * (docs/method.md §2).
 *
 * <p>Across folds the spectrum is the mean (and ddof-1 standard deviation) per rank, over the ranks
 * every fold has. With permutations, rank k is reliable when the mean correlation exceeds the chosen
 * quantile of the fold-mean null; the shared dimensionality is the number of leading reliable ranks.
 */
final class CrossDecomposition implements AlignmentMetric {
  private final CrossDecompositionOptions options;
  private final Options raw;

  CrossDecomposition(CrossDecompositionOptions options, Options raw) {
    this.options = options;
    this.raw = raw;
  }

  @Override
  public AlignmentResult compare(AlignmentInput input, RunContext context) {
    boolean explicit = !input.splits().isEmpty();
    // folds over stimuli: the repetitions of an image never fall on both sides (docs/method.md §1)
    StimulusFolds stimuli = explicit ? null : StimulusFolds.of(input.rowStimuli());
    List<Split> splits = explicit ? input.splits() : stimuli.split(options.folds(), options.seed());
    checkSplits(splits, input);
    ResamplingMemory.check(options, splits, input.x().columns(), input.y().columns(),
        context.memoryBudget());
    long t0 = System.nanoTime();
    // Only X's fold factors are shared: every region scored against the same features needs them.
    Side x = Side.prepare(input.x(), options.route(), options.scale(), options.gramPrecision(),
        options.foldFactor(), options.foldPrecision(), true, context);
    Side y = Side.prepare(input.y(), options.route(), options.scale(), options.gramPrecision(),
        options.foldFactor(), options.foldPrecision(), false, context);
    long t1 = System.nanoTime();
    List<FoldSpectrum> folds = new ArrayList<>();
    for (Split s : splits) {
      folds.add(FoldSpectrum.compute(x.factor(s, context), y.factor(s, context),
          s.train().length, options.foldPrecision()));
    }
    long t2 = System.nanoTime();
    FoldMeans means = FoldMeans.of(folds, ranks(folds, input));
    Reliability reliability = options.permutations() > 0 ? reliability(folds, means, context)
        : Reliability.NONE;
    long t3 = System.nanoTime();
    double[][] ci = options.bootstraps() > 0 ? confidence(folds, means.ranks(), context)
        : new double[2][];
    long t4 = System.nanoTime();

    Table spectrum = new Spectrum(means.correlation(), means.correlationSd(), means.singular(),
        means.testCovariance(), reliability.nullQuantile(), reliability.pValue(),
        reliability.reliable(), ci[0], ci[1]).table();
    Map<String, Object> summary = summary(x, y, splits, stimuli, folds, means, reliability,
        context);
    Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("prepare_seconds", (t1 - t0) / 1e9);
    timings.put("folds_seconds", (t2 - t1) / 1e9);
    timings.put("null_seconds", (t3 - t2) / 1e9);
    timings.put("bootstrap_seconds", (t4 - t3) / 1e9);
    summary.put("timings", timings);

    Integer shared = reliability.shared();
    boolean hasNull = shared != null;
    return new AlignmentResult("cross-decomposition",
        hasNull ? shared : means.correlation()[0],
        hasNull ? "shared_dimensionality" : "correlation_rank1",
        true, summary, List.of(spectrum, perFold(folds)), Map.of());
  }

  /** Every split leaves at least 3 stimuli on each side. */
  private static void checkSplits(List<Split> splits, AlignmentInput input) {
    for (Split s : splits) {
      if (s.train().length < 3 || s.test().length < 3) {
        throw InvalidInputException.of("split of " + input.x().name(),
            "at least 3 training and 3 test stimuli", s.train().length + " training and "
                + s.test().length + " test stimuli", "Use more stimuli or fewer folds.");
      }
    }
  }

  /** The ranks reported: those every fold has, at most {@code components}. */
  private int ranks(List<FoldSpectrum> folds, AlignmentInput input) {
    int ranks = folds.stream().mapToInt(FoldSpectrum::rank).min().orElse(0);
    if (options.components() > 0) {
      ranks = Math.min(ranks, options.components());
    }
    if (ranks == 0) {
      throw InvalidInputException.of(input.x().name() + " and " + input.y().name(),
          "some covariance between the training rows", "none (a constant input?)",
          "Check that neither matrix is constant.");
    }
    return ranks;
  }

  /** Per rank: the mean (and ddof-1 sd) over folds of each fold's figures. */
  private record FoldMeans(double[] correlation, double[] correlationSd, double[] singular,
      double[] testCovariance) {
    static FoldMeans of(List<FoldSpectrum> folds, int ranks) {
      FoldMeans m = new FoldMeans(new double[ranks], new double[ranks], new double[ranks],
          new double[ranks]);
      for (int k = 0; k < ranks; k++) {
        double[] perFold = new double[folds.size()];
        double[] sv = new double[folds.size()];
        double[] tc = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
          perFold[f] = folds.get(f).correlation()[k];
          sv[f] = folds.get(f).singular()[k];
          tc[f] = folds.get(f).testCovariance()[k];
        }
        m.correlation[k] = Moments.nanMean(perFold);
        m.correlationSd[k] = Moments.nanSd(perFold);
        m.singular[k] = Moments.nanMean(sv);
        m.testCovariance[k] = Moments.nanMean(tc);
      }
      return m;
    }

    int ranks() {
      return correlation.length;
    }
  }

  /** The permutation null's quantile and p-value per rank, and the leading reliable ranks. */
  private record Reliability(double[] nullQuantile, double[] pValue, boolean[] reliable,
      Integer shared) {
    static final Reliability NONE = new Reliability(null, null, null, null);
  }

  private Reliability reliability(List<FoldSpectrum> folds, FoldMeans means, RunContext context) {
    int ranks = means.ranks();
    double[] corr = means.correlation();
    double[][] draws = Resampling.permutationNull(folds, ranks, options.permutations(),
        options.seed(), context);
    double[] nullQ = new double[ranks];
    double[] pValue = new double[ranks];
    boolean[] reliable = new boolean[ranks];
    for (int k = 0; k < ranks; k++) {
      double[] column = new double[draws.length];
      int above = 0;
      for (int b = 0; b < draws.length; b++) {
        column[b] = draws[b][k];
        if (column[b] >= corr[k]) {
          above++;
        }
      }
      nullQ[k] = Quantiles.linear(column, options.nullQuantile());
      pValue[k] = (1.0 + above) / (1.0 + draws.length);
      reliable[k] = corr[k] > nullQ[k];
    }
    int lead = 0;
    while (lead < ranks && reliable[lead]) {
      lead++;
    }
    return new Reliability(nullQ, pValue, reliable, lead);
  }

  /** The bootstrap confidence interval per rank: {low, high}. */
  private double[][] confidence(List<FoldSpectrum> folds, int ranks, RunContext context) {
    double[][] boot = Resampling.bootstrap(folds, ranks, options.bootstraps(), options.seed(),
        context);
    double[] ciLow = new double[ranks];
    double[] ciHigh = new double[ranks];
    double tail = (1 - options.confidence()) / 2;
    for (int k = 0; k < ranks; k++) {
      double[] column = new double[boot.length];
      for (int b = 0; b < boot.length; b++) {
        column[b] = boot[b][k];
      }
      ciLow[k] = Quantiles.linear(column, tail);
      ciHigh[k] = Quantiles.linear(column, 1 - tail);
    }
    return new double[][] {ciLow, ciHigh};
  }

  private static Table perFold(List<FoldSpectrum> folds) {
    Table.Builder perFold = Table.builder("folds", "fold", "rank", "correlation",
        "singular_value", "test_covariance");
    for (int f = 0; f < folds.size(); f++) {
      FoldSpectrum fs = folds.get(f);
      for (int k = 0; k < fs.rank(); k++) {
        perFold.row(f, k + 1, fs.correlation()[k], fs.singular()[k], fs.testCovariance()[k]);
      }
    }
    return perFold.build();
  }

  private Map<String, Object> summary(Side x, Side y, List<Split> splits, StimulusFolds stimuli,
      List<FoldSpectrum> folds, FoldMeans means, Reliability reliability, RunContext context) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("shared_dimensionality", reliability.shared());
    summary.put("ranks_reported", means.ranks());
    summary.put("correlation_rank1", means.correlation()[0]);
    summary.put("route_x", x.route().label());
    summary.put("route_y", y.route().label());
    summary.put("split", stimuli == null ? "explicit" : "kfold");
    summary.put("folds", splits.size());
    if (stimuli != null && stimuli.repeats()) {
      summary.put("folds_over", stimuli.describe());
    }
    summary.put("train_sizes", folds.stream().map(FoldSpectrum::nTrain).toList());
    summary.put("test_sizes", folds.stream().map(fs -> fs.scoresX().rows()).toList());
    summary.put("ranks_per_fold", folds.stream().map(FoldSpectrum::rank).toList());
    summary.put("dropped_eigenvalues_x", folds.stream().map(FoldSpectrum::droppedX).toList());
    summary.put("dropped_eigenvalues_y", folds.stream().map(FoldSpectrum::droppedY).toList());
    summary.put("eigen_tolerance",
        DualSide.eigenTolerance(options.gramPrecision(), options.foldPrecision()));
    summary.put("gram_precision", options.gramPrecision().id());
    summary.put("fold_factor", SymmetricEigenSolver.offeredBy(context)
        .map(solver -> "eigen (" + solver.describe() + ")").orElse(options.foldFactor().id()));
    summary.put("fold_precision", options.foldPrecision().id());
    summary.put("singular_tolerance", options.foldPrecision().singularTolerance());
    if (options.permutations() > 0) {
      summary.put("null_seeds", "numpy RandomState(seed + 1 + fold)");
    }
    if (options.bootstraps() > 0) {
      summary.put("bootstrap_seeds", "numpy RandomState(seed + 1 + folds + fold)");
    }
    summary.put("options", raw.asMap());
    return summary;
  }
}
