package org.brainalign.plugins.srp;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.api.reducer.Reducer;
import org.brainalign.api.reducer.ReducerInput;
import org.brainalign.api.reducer.ReducerSetting;

/**
 * Very sparse random projection (Li, Hastie and Church 2006) along one axis of a layer.
 *
 * <p>The projected axis has size d (C·H·W, C or H·W for {@code all}, {@code channel},
 * {@code spatial}); the target size is k = {@code dim}, or ⌈4 ln n / (ε²/2 − ε³/3)⌉ for n stimuli
 * when {@code dim} is 0 ({@link JohnsonLindenstrauss}). Entries of the k × d matrix are ±1/√(s·k)
 * with probability s/2 each, s = {@code density} or 1/√d. When k ≥ d nothing is projected: the
 * fitted reducer passes activations through and its provenance says {@code projected = false}.
 */
public final class SparseRandomProjection implements Reducer {
  private final SrpConfig config;

  public SparseRandomProjection(SrpConfig config) {
    this.config = config;
  }

  /** The validated options. */
  public SrpConfig config() {
    return config;
  }

  /** The axis projected and {@code dim} (0: sized by Johnson–Lindenstrauss when fitted). */
  @Override
  public ReducerSetting setting() {
    return new ReducerSetting(config.axis().id(), (long) config.dim());
  }

  /**
   * Builds the projection for a layer.
   *
   * @param input the layer shape (C, H, W), or (d) for {@code all} only, and the number of stimuli n
   * @return a {@link FittedSparseProjection}, or a pass-through when k ≥ d
   * @throws org.brainalign.api.InvalidInputException when the axis does not fit the shape, n &lt; 2
   *     with {@code dim = 0}, or the matrix would be too large
   */
  @Override
  public FittedReducer fit(ReducerInput input) {
    ProjectionGeometry geometry = ProjectionGeometry.of(config.axis(), input.layer(), input.shape());
    int d = geometry.projectedSize();
    int k = config.dim() > 0 ? config.dim() : JohnsonLindenstrauss.minDim(input.stimuli(), config.eps());
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("reducer", SparseRandomProjectionProvider.ID);
    p.put("layer", input.layer());
    p.put("axis", config.axis().id());
    p.put("dim", config.dim());
    p.put("eps", config.eps());
    p.put("density-option", config.density().isPresent()
        ? Double.toString(config.density().getAsDouble()) : SrpConfig.AUTO);
    p.put("seed", config.seed());
    p.put("stimuli", input.stimuli());
    p.put("k-source", config.dim() > 0 ? "dim" : "johnson-lindenstrauss");
    p.put("k", k);
    p.put("projected-size", d);
    p.put("input-shape", asList(input.shape()));
    if (k >= d) {
      p.put("projected", false);
      p.put("reason", "k = " + k + " ≥ " + d + ", the size of the " + config.axis().id()
          + " axis: activations are passed through unchanged");
      p.put("output-shape", asList(input.shape()));
      return new UnprojectedReducer(geometry, Collections.unmodifiableMap(p));
    }
    double density = config.density().orElse(1.0 / Math.sqrt(d));
    SignMatrix matrix = SignMatrixGenerator.generate(k, d, density, config.seed());
    p.put("projected", true);
    p.put("output-shape", asList(geometry.outputShape(k)));
    p.put("density", density);
    p.put("scale", matrix.scale());
    p.put("nonzeros", matrix.nonZeros());
    p.put("generator", SignMatrixGenerator.NAME);
    p.put("matrix-fingerprint", String.format("%016x", matrix.fingerprint()));
    return new FittedSparseProjection(geometry, matrix, Collections.unmodifiableMap(p));
  }

  private static List<Integer> asList(int[] shape) {
    return Arrays.stream(shape).boxed().toList();
  }
}
