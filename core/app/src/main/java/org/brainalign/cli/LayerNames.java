package org.brainalign.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.LayerInfo;

/**
 * Expands {@code --layers}: exact names, globs ({@code *} any run of characters, {@code ?} one) and
 * {@code all}, into the model's layers in depth order without duplicates.
 */
final class LayerNames {
  private LayerNames() {}

  static List<LayerInfo> resolve(List<LayerInfo> available, List<String> requested) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String raw : requested) {
      String want = raw.strip();
      if (want.isEmpty()) {
        continue;
      }
      Pattern p = want.equals("all") ? Pattern.compile(".*") : glob(want);
      List<String> hits = available.stream().map(LayerInfo::name)
          .filter(n -> p.matcher(n).matches()).toList();
      if (hits.isEmpty()) {
        throw InvalidInputException.of("--layers " + want, "a layer name, a glob or 'all'", "no match",
            "The model's layers: " + available.stream().map(LayerInfo::name)
                .collect(Collectors.joining(" ")) + ".");
      }
      chosen.addAll(hits);
    }
    if (chosen.isEmpty()) {
      throw InvalidInputException.of("--layers", "at least one layer", "none", "Pass e.g. --layers layer4.");
    }
    return available.stream().filter(l -> chosen.contains(l.name())).toList();
  }

  private static Pattern glob(String text) {
    StringBuilder re = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
