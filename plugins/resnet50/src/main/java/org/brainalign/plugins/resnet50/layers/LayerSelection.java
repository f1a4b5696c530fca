package org.brainalign.plugins.resnet50.layers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.LayerInfo;

/**
 * Resolves requested layer names against a model's layers: exact names ({@code layer3.5}), globs where
 * {@code *} matches any run of characters and {@code ?} one ({@code layer3.*} is the six blocks of
 * {@code layer3}), and {@code all}. The result is in the model's depth order, without duplicates.
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
    Set<String> chosen = new LinkedHashSet<>();
    for (String r : requested) {
      String want = r.strip();
      List<String> hits = new ArrayList<>();
      if (want.equals("all")) {
        available.forEach(l -> hits.add(l.name()));
      } else {
        Pattern glob = glob(want);
        available.stream().map(LayerInfo::name).filter(n -> glob.matcher(n).matches()).forEach(hits::add);
      }
      if (hits.isEmpty()) {
        throw InvalidInputException.of("layer '" + want + "'", "a layer name, a glob or 'all'",
            "no match", "Known layers: " + names(available) + ".");
      }
      chosen.addAll(hits);
    }
    return available.stream().filter(l -> chosen.contains(l.name())).collect(Collectors.toList());
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

  private static String names(List<LayerInfo> available) {
    return available.stream().map(LayerInfo::name).collect(Collectors.joining(" "));
  }
}
