package org.brainalign.api.extension;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical rules of {@link ExtensionSpec}'s text form: options split at top-level commas,
 * brackets nest, and a value that starts with a double quote (right after its {@code =}) is quoted
 * text up to the next unescaped double quote ({@code \"} is a quote, {@code \\} a backslash), in
 * which commas, brackets, colons and equals signs are plain characters. A double quote anywhere
 * else is a plain character, so a spec with no value starting with one reads as it always did.
 */
final class SpecText {
  private SpecText() {}

  /**
   * Splits {@code body} at commas outside brackets and quoted values; each part keeps its quotes.
   *
   * @param whole the whole spec, for messages
   * @throws InvalidOptionException for unbalanced brackets, an unterminated quote or an empty part
   */
  static List<String> split(String body, String whole) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    char previous = ',';
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '"' && previous == '=') {
        int end = closingQuote(body, i, whole);
        current.append(body, i, end + 1);
        i = end;
        previous = '"';
        continue;
      }
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
      if (!Character.isWhitespace(c)) {
        previous = c;
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

  private static int closingQuote(String text, int open, String whole) {
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    throw new InvalidOptionException("'" + whole + "': the quote opened at character " + (open + 1)
        + " of the options is never closed. Close it with \", and write a quote inside as \\\".");
  }

  /**
   * A value as written: quoted text without its quotes and escapes, anything else as it is.
   *
   * @throws InvalidOptionException for text after the closing quote, or an escape of another
   *     character than a quote or backslash
   */
  static String value(String written, String key, String whole) {
    if (!written.startsWith("\"")) {
      return written;
    }
    int end = closingQuote(written, 0, whole);
    if (end != written.length() - 1) {
      throw new InvalidOptionException("'" + whole + "': option '" + key + "': text after the "
          + "closing quote (" + written.substring(end + 1) + "); a quoted value is the whole value");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < end; i++) {
      char c = written.charAt(i);
      if (c == '\\') {
        char next = written.charAt(++i);
        if (next != '"' && next != '\\') {
          throw new InvalidOptionException("'" + whole + "': option '" + key + "': unknown escape "
              + "\\" + next + " in a quoted value; only \\\" and \\\\ are escapes (write a "
              + "backslash as \\\\)");
        }
        out.append(next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code value} written so that {@link #split} and {@link #value} give it back: as it is where
   * that already holds (every value that parsed unquoted), else quoted.
   */
  static String write(String value) {
    if (readsBack(value)) {
      return value;
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static boolean readsBack(String value) {
    if (value.startsWith("\"") || !value.equals(value.strip())) {
      return false;
    }
    try {
      List<String> parts = split("k=" + value, value);
      return parts.size() == 1 && parts.get(0).equals("k=" + value);
    } catch (InvalidOptionException e) {
      return false;
    }
  }
}
