package org.brainalign.api.extension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An extension named with options: {@code ID} or {@code ID:key=value,key=value}.
 *
 * <p>The same text form is used on the command line and in study files. A value holding commas is
 * written in brackets ({@code dims=[16,64,256]}); only the first colon separates the id, so values may
 * contain colons ({@code weights=random:0}).
 *
 * @param id the extension id
 * @param options raw option values by key, in the order given
 */
public record ExtensionSpec(String id, Map<String, String> options) {

  public ExtensionSpec {
    Objects.requireNonNull(id, "id");
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /**
   * Parses {@code ID[:key=value,...]}.
   *
   * @throws InvalidOptionException when the text is malformed or a key repeats
   */
  public static ExtensionSpec parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidOptionException("empty extension spec; expected ID or ID:key=value,key=value");
    }
    String trimmed = text.strip();
    int colon = trimmed.indexOf(':');
    String id = colon < 0 ? trimmed : trimmed.substring(0, colon).strip();
    if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
      throw new InvalidOptionException("'" + text + "': extension id must be kebab-case (lower-case "
          + "letters, digits, '-'), found '" + id + "'");
    }
    Map<String, String> options = new LinkedHashMap<>();
    if (colon >= 0) {
      for (String pair : splitTopLevel(trimmed.substring(colon + 1), text)) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new InvalidOptionException("'" + text + "': expected key=value, found '" + pair
              + "'. Write options as " + id + ":key=value,key=value");
        }
        String key = pair.substring(0, eq).strip();
        String value = pair.substring(eq + 1).strip();
        if (options.put(key, value) != null) {
          throw new InvalidOptionException("'" + text + "': option '" + key + "' given twice");
        }
      }
    }
    return new ExtensionSpec(id, options);
  }

  private static List<String> splitTopLevel(String body, String whole) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : body.toCharArray()) {
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
        if (depth < 0) {
          throw new InvalidOptionException("'" + whole + "': unbalanced ']'");
        }
      }
      if (c == ',' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (depth != 0) {
      throw new InvalidOptionException("'" + whole + "': unbalanced '['");
    }
    if (!current.isEmpty() || !parts.isEmpty()) {
      parts.add(current.toString());
    }
    for (String p : parts) {
      if (p.isBlank()) {
        throw new InvalidOptionException("'" + whole + "': empty option between commas");
      }
    }
    return parts;
  }

  /** The canonical text form, parseable by {@link #parse}. */
  @Override
  public String toString() {
    if (options.isEmpty()) {
      return id;
    }
    StringBuilder sb = new StringBuilder(id).append(':');
    options.forEach((k, v) -> sb.append(k).append('=').append(v).append(','));
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }
}
