package org.brainalign.plugins.srp;

import java.util.List;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.reducer.Reducer;
import org.brainalign.api.reducer.ReducerProvider;
import org.pf4j.Extension;

/**
 * The {@code sparse-random-projection} reducer: very sparse random projection (Li, Hastie and Church
 * 2006) over all units, channels only or spatial positions only (Shen, Conwell and Bonner 2024).
 *
 * <p>Example: {@code sparse-random-projection:axis=channel,dim=64}.
 */
@Extension
public final class SparseRandomProjectionProvider implements ReducerProvider {

  /** The reducer id. */
  public static final String ID = "sparse-random-projection";

  private static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.choice("axis", Axis.ALL.word(), Axis.words(),
          "what to project: all (C·H·W → k), channel (k × C at every position → (k, H, W)) or "
              + "spatial (k × H·W for every channel → (C, k))"),
      OptionSpec.integer("dim", 0,
          "target size k; 0 sizes k by Johnson–Lindenstrauss from eps and the number of stimuli; "
              + "no projection when k ≥ the projected input size"),
      OptionSpec.real("eps", 0.1,
          "Johnson–Lindenstrauss distortion in (0, 1): k = ceil(4 ln n / (eps²/2 − eps³/3))"),
      OptionSpec.string("density", SrpConfig.AUTO,
          "probability in (0, 1] that an entry is non-zero; auto = 1/sqrt(d) for input size d"),
      OptionSpec.integer("seed", 0,
          "seed of the projection matrix; the same seed gives the same matrix everywhere"));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Sparse random projection (Li et al. 2006) over all units, channels only or spatial "
        + "positions only, sized by dim or by Johnson–Lindenstrauss.";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  @Override
  public Reducer create(Options options) {
    return new SparseRandomProjection(SrpConfig.from(options));
  }
}
