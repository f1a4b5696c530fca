package org.brainalign.api.extension;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An extension named with options: {@code ID} or {@code ID:key=value,key=value}.
 *
 * <p>The same text form is used on the command line and in study files. A list is written in
 * brackets ({@code dims=[16,64,256]}); only the first colon separates the id, so values may contain
 * colons ({@code weights=random:0}). A value holding commas or brackets that are not a list (a path
 * such as {@code /data/a,b}) is written in double quotes, {@code root="/data/a,b"}, with {@code \"}
 * for a quote and {@code \\} for a backslash inside; the quotes are not part of the value, and
 * {@link #toString} writes them back where they are needed. A double quote that does not start a
 * value is a plain character ({@link SpecText}).
 *
 * <p>Text is parsed once, where it arrives (a study file, a command-line option); the parsed spec
 * is what the host passes on and what its registry creates extensions from.
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
      for (String pair : SpecText.split(trimmed.substring(colon + 1), text)) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new InvalidOptionException("'" + text + "': expected key=value, found '" + pair
              + "'. Write options as " + id + ":key=value,key=value");
        }
        String key = pair.substring(0, eq).strip();
        String value = SpecText.value(pair.substring(eq + 1).strip(), key, text);
        if (options.put(key, value) != null) {
          throw new InvalidOptionException("'" + text + "': option '" + key + "' given twice");
        }
      }
    }
    return new ExtensionSpec(id, options);
  }

  /**
   * This spec with option {@code key} set to {@code value}: in its place when the spec gives it,
   * else last.
   */
  public ExtensionSpec with(String key, String value) {
    Map<String, String> o = new LinkedHashMap<>(options);
    o.put(key, value);
    return new ExtensionSpec(id, o);
  }

  /** This spec with option {@code key} set to {@code value}, last, unless the spec gives it. */
  public ExtensionSpec withDefault(String key, String value) {
    return options.containsKey(key) ? this : with(key, value);
  }

  /** The canonical text form, parseable by {@link #parse}. */
  @Override
  public String toString() {
    if (options.isEmpty()) {
      return id;
    }
    StringBuilder sb = new StringBuilder(id).append(':');
    options.forEach((k, v) -> sb.append(k).append('=').append(SpecText.write(v)).append(','));
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }
}
