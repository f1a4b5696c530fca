package org.brainalign.plugins.srp;

import java.util.List;
import java.util.Optional;
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
  public List<OptionSpec<?>> options() {
    return SrpConfig.OPTIONS;
  }

  @Override
  public Optional<OptionSpec<Long>> dimensionOption() {
    return Optional.of(SrpConfig.DIM);
  }

  @Override
  public Reducer create(Options options) {
    return new SparseRandomProjection(SrpConfig.from(options));
  }
}
