package org.brainalign.djl.vision;

import java.util.List;
import java.util.stream.Collectors;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.support.layers.LayerPatterns;

/**
 * Resolves requested layer names against a model's layers with the shared {@link LayerPatterns}:
 * exact names ({@code layer3.5}), globs ({@code layer3.*} is the six blocks of {@code layer3}) and
 * {@code all}. The result is in the model's depth order, without duplicates.
 */
public final class LayerSelection {
  private LayerSelection() {}

  /**
   * @param available the model's layers in depth order
   * @param requested names, globs or {@code all}
   * @throws InvalidInputException when nothing is requested or a name or glob matches no layer
   */
  public static List<LayerInfo> resolve(List<LayerInfo> available, List<String> requested) {
    if (requested.isEmpty()) {
      throw InvalidInputException.of("layers", "at least one layer name, glob or 'all'", "none",
          "Pass e.g. --layers layer4 (known layers: " + names(available) + ").");
    }
    List<String> wanted = requested.stream().map(String::strip).toList();
    return LayerPatterns.select(available, wanted, want -> InvalidInputException.of(
        "layer '" + want + "'", "a layer name, a glob or 'all'", "no match",
        "Known layers: " + names(available) + "."));
  }

  private static String names(List<LayerInfo> available) {
    return available.stream().map(LayerInfo::name).collect(Collectors.joining(" "));
  }
}
