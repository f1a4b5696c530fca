package org.brainalign.plugins.crossdecomposition;

import java.util.List;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.metric.AlignmentMetric;
import org.brainalign.api.metric.AlignmentMetricProvider;
import org.pf4j.Extension;

/** Provides the {@code cross-decomposition} metric. */
@Extension
public final class CrossDecompositionProvider implements AlignmentMetricProvider {

  @Override
  public String id() {
    return "cross-decomposition";
  }

  @Override
  public String description() {
    return "Cross-decomposition (PLS-SVD) spectrum: correlation of paired held-out latent "
        + "dimensions, rank by rank (Shen, Conwell & Bonner 2024)";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.integer("folds", 8, "folds of shuffled k-fold cross-validation "
            + "(same folds as sklearn KFold(shuffle=True, random_state=seed))"),
        OptionSpec.integer("seed", 0, "seed of the fold shuffle and of resampling"),
        OptionSpec.integer("components", 0, "number of ranks to report (0 = all)"),
        OptionSpec.bool("scale", false, "z-score columns with training mean and std (ddof 1)"),
        OptionSpec.integer("permutations", 0, "permutation-null draws (test rows of y shuffled, "
            + "no refit); 0 = no null"),
        OptionSpec.real("null-quantile", 0.99, "null quantile a rank must exceed to be reliable"),
        OptionSpec.integer("bootstraps", 0, "bootstrap draws over test rows for confidence "
            + "intervals; 0 = none"),
        OptionSpec.real("confidence", 0.95, "width of the bootstrap confidence interval"),
        OptionSpec.choice("route", "auto", List.of("auto", "primal", "dual"),
            "primal (features) or dual (Gram matrix) computation; auto picks dual when "
                + "columns outnumber rows"),
        OptionSpec.choice("gram-precision", "double", List.of("double", "single"),
            "arithmetic of the Gram matrix on the dual route: double (float64 panels) or single "
                + "(float32 panel products summed in float64; about 2x faster at large p, agrees "
                + "with double to about 1e-5 relative; Gram eigenvalues below 1e-5 of the largest "
                + "count as rank deficiency instead of 1e-10)"),
        OptionSpec.choice("fold-factor", "cholesky", List.of("cholesky", "eigen"),
            "how the dual route factors each fold's training Gram matrix K_tr = A A^T: cholesky "
                + "(pivoted, LAPACK dpstrf; several times faster) or eigen (LAPACK dsyevd); same "
                + "spectrum to rounding, same rank cut-off; a chosen eigen-backend always uses eigen"));
  }

  @Override
  public AlignmentMetric create(Options options) {
    return new CrossDecomposition(CrossDecompositionOptions.from(options), options);
  }
}
