package org.brainalign.engine.gram;

import java.util.List;
import org.brainalign.api.compute.GramBackend;
import org.brainalign.api.compute.GramBackendProvider;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.matrix.GramPrecision;
import org.pf4j.Extension;

/** Provides the host's own Gram backend {@code blas} (the default). Option {@code precision}. */
@Extension
public final class BlasGramBackendProvider implements GramBackendProvider {
  static final OptionSpec<GramPrecision> PRECISION = OptionSpec.choice("precision",
      GramPrecision.DOUBLE,
      "float64 panels (dsyrk, ~1e-12 relative) or float32 panel products summed in float64 "
          + "(ssyrk, ~2x faster for wide layers, ~1e-5 relative)");

  @Override
  public String id() {
    return BlasGramBackend.ID;
  }

  @Override
  public String description() {
    return "Centred Gram matrices from column panels multiplied with OpenBLAS syrk on the CPU "
        + "(the default)";
  }

  @Override
  public List<OptionSpec<?>> options() {
    return List.of(PRECISION);
  }

  @Override
  public GramBackend create(Options options) {
    return new BlasGramBackend(options.get(PRECISION));
  }
}
