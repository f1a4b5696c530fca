package org.brainalign.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.support.layers.LayerPatterns;

/**
 * Expands {@code --layers}: exact names, globs ({@code *} any run of characters, {@code ?} one) and
 * {@code all}, into the model's layers in depth order without duplicates.
 */
final class LayerNames {
  private LayerNames() {}

  static List<LayerInfo> resolve(List<LayerInfo> available, List<String> requested) {
    List<String> wanted = requested.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (wanted.isEmpty()) {
      throw InvalidInputException.of("--layers", "at least one layer", "none", "Pass e.g. --layers layer4.");
    }
    return LayerPatterns.select(available, wanted, want -> InvalidInputException.of("--layers " + want,
        "a layer name, a glob or 'all'", "no match", "The model's layers: "
            + available.stream().map(LayerInfo::name).collect(Collectors.joining(" ")) + "."));
  }
}
