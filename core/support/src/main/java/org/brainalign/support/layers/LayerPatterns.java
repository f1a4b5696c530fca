package org.brainalign.support.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.brainalign.api.model.LayerInfo;

/**
 * Layer selection by exact name ({@code layer3.5}), glob or {@code all}: in a glob {@code *} matches
 * any run of characters and {@code ?} one character, everything else stands for itself
 * ({@code layer3.*} is the six blocks of ResNet50's {@code layer3}). The whole name must match.
 */
public final class LayerPatterns {
  /** The pattern that selects every layer. */
  public static final String ALL = "all";

  private LayerPatterns() {}

  /** Whether {@code layer} is selected by {@code pattern} (a name, a glob or {@code all}). */
  public static boolean matches(String pattern, String layer) {
    return compile(pattern).matcher(layer).matches();
  }

  /** Whether any of {@code patterns} selects {@code layer}. */
  public static boolean matchesAny(List<String> patterns, String layer) {
    return patterns.stream().anyMatch(p -> matches(p, layer));
  }

  /**
   * The layers selected by any of {@code patterns}, in the model's depth order, each once.
   *
   * @param layers the model's layers in depth order
   * @param patterns names, globs or {@code all}, as given (the caller strips or checks them)
   * @param noMatch the exception for the first pattern, in the given order, that selects no layer
   * @throws RuntimeException {@code noMatch}'s, for a pattern that selects nothing
   */
  public static List<LayerInfo> select(List<LayerInfo> layers, List<String> patterns,
      Function<String, ? extends RuntimeException> noMatch) {
    List<Pattern> compiled = new ArrayList<>(patterns.size());
    for (String p : patterns) {
      Pattern re = compile(p);
      if (layers.stream().noneMatch(l -> re.matcher(l.name()).matches())) {
        throw noMatch.apply(p);
      }
      compiled.add(re);
    }
    return layers.stream()
        .filter(l -> compiled.stream().anyMatch(re -> re.matcher(l.name()).matches())).toList();
  }

  /** The regular expression a pattern stands for. */
  static Pattern compile(String pattern) {
    if (pattern.equals(ALL)) {
      return Pattern.compile(".*", Pattern.DOTALL);
    }
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
