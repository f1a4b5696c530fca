package org.brainalign.study;

import java.util.List;
import org.brainalign.api.extension.Options;
import org.brainalign.api.reducer.Reducer;
import org.brainalign.support.layers.LayerPatterns;

/**
 * One reducer setting of a study, after expanding sweeps: a created reducer (or none) and the layer
 * patterns it applies to.
 *
 * @param spec canonical spec with every option, or {@code none}
 * @param axis the reducer's {@code axis} option, {@code none} without a reducer, empty if it has none
 * @param dim the reducer's {@code dim} option, or null
 * @param reducer the reducer, or null for unreduced features
 * @param options effective options, or null for none
 * @param layerPatterns layer names or globs it applies to; empty for all
 */
public record ReducerVariant(String spec, String axis, Long dim, Reducer reducer, Options options,
    List<String> layerPatterns) {

  static final ReducerVariant NONE = new ReducerVariant("none", "none", null, null, null, List.of());

  boolean isNone() {
    return reducer == null;
  }

  boolean appliesTo(String layer) {
    return layerPatterns.isEmpty() || LayerPatterns.matchesAny(layerPatterns, layer);
  }
}
