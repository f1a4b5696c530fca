package org.brainalign.study;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.LayerInfo;

/** Layer selection by name, glob ({@code layer3.*}, {@code layer?}) or {@code all}. */
final class LayerPatterns {
  private LayerPatterns() {}

  static boolean matches(String pattern, String layer) {
    if (pattern.equals("all")) {
      return true;
    }
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return layer.matches(re.toString());
  }

  static boolean matchesAny(List<String> patterns, String layer) {
    return patterns.stream().anyMatch(p -> matches(p, layer));
  }

  /**
   * The model's layers matched by {@code patterns}, in the model's depth order.
   *
   * @throws InvalidInputException for a pattern that matches nothing, listing the layer names
   */
  static List<LayerInfo> select(List<String> patterns, List<LayerInfo> layers, String model) {
    for (String p : patterns) {
      if (layers.stream().noneMatch(l -> matches(p, l.name()))) {
        throw new InvalidInputException("layer '" + p + "' matches no layer of " + model
            + "; layers: " + String.join(" ", layers.stream().map(LayerInfo::name).toList())
            + ". Globs like layer3.* and 'all' work too");
      }
    }
    List<LayerInfo> out = new ArrayList<>();
    for (LayerInfo l : layers) {
      if (matchesAny(patterns, l.name())) {
        out.add(l);
      }
    }
    return out;
  }
}
