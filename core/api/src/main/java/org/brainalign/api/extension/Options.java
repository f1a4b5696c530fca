package org.brainalign.api.extension;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Option values of one extension, checked against its {@link OptionSpec}s: every key is known, every
 * value parses as its type, every required option is present. Defaults fill the rest.
 *
 * <p>Each value is parsed once, when the options are built; read it through the constant that
 * declares it: {@link #get(OptionSpec)}. {@link #asMap()} keeps the text of every value, as given or
 * defaulted, for provenance.
 */
public final class Options {
  private final String extensionId;
  private final Map<String, OptionSpec<?>> specs;
  /** The text of every value, given or default, in declaration order. */
  private final Map<String, String> words;
  /** The same values parsed as their option's type. */
  private final Map<String, Object> values;
  /** The keys written explicitly (on the command line or in a spec), defaults excluded. */
  private final Set<String> given;

  private Options(String extensionId, Map<String, OptionSpec<?>> specs, Map<String, String> words,
      Map<String, Object> values, Set<String> given) {
    this.extensionId = extensionId;
    this.specs = specs;
    this.words = words;
    this.values = values;
    this.given = given;
  }

  /**
   * Validates and parses raw values against the specs of extension {@code extensionId}.
   *
   * @throws InvalidOptionException naming the key, the valid keys and types, or the expected form
   */
  public static Options parse(
      String extensionId, List<? extends OptionSpec<?>> specs, Map<String, String> raw) {
    Map<String, OptionSpec<?>> byKey = new LinkedHashMap<>();
    for (OptionSpec<?> s : specs) {
      byKey.put(s.key(), s);
    }
    Map<String, Object> parsed = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      OptionSpec<?> spec = byKey.get(e.getKey());
      if (spec == null) {
        throw new InvalidOptionException("unknown option '" + e.getKey() + "' for '" + extensionId
            + "'; valid options: " + describe(specs));
      }
      parsed.put(spec.key(), parse(extensionId, spec, e.getValue(), true));
    }
    Map<String, String> words = new LinkedHashMap<>();
    Map<String, Object> values = new LinkedHashMap<>();
    for (OptionSpec<?> spec : specs) {
      boolean written = raw.containsKey(spec.key());
      String word = written ? raw.get(spec.key()) : spec.defaultValue();
      if (word == null) {
        throw new InvalidOptionException("'" + extensionId + "' needs option '" + spec.key()
            + "' (" + spec.description() + "); write " + extensionId + ":" + spec.key() + "=...");
      }
      words.put(spec.key(), word);
      values.put(spec.key(),
          written ? parsed.get(spec.key()) : parse(extensionId, spec, word, false));
    }
    return new Options(extensionId, byKey, Collections.unmodifiableMap(words),
        Collections.unmodifiableMap(values), Set.copyOf(raw.keySet()));
  }

  /** Defaults only; fails if an option is required. */
  public static Options defaults(String extensionId, List<? extends OptionSpec<?>> specs) {
    return parse(extensionId, specs, Map.of());
  }

  private static String describe(List<? extends OptionSpec<?>> specs) {
    if (specs.isEmpty()) {
      return "(none)";
    }
    return specs.stream().map(OptionSpec::signature).collect(Collectors.joining(", "));
  }

  /**
   * {@code value} as {@code spec}'s type, or the message naming what was expected. A string or path
   * must not be empty when {@code given}; a default may be (an extension's "not set").
   */
  private static Object parse(String id, OptionSpec<?> spec, String value, boolean given) {
    try {
      return switch (spec.type()) {
        case INTEGER -> Long.parseLong(value);
        case REAL -> parseReal(value);
        case BOOLEAN -> parseBoolean(value);
        case CHOICE -> constant(spec, value);
        case INTEGER_LIST -> listItems(value).stream().mapToLong(Long::parseLong).toArray();
        case REAL_LIST -> listItems(value).stream().mapToDouble(Options::parseReal).toArray();
        case STRING -> given ? nonEmpty(value) : value;
        case PATH -> path(given ? nonEmpty(value) : value);
      };
    } catch (IllegalArgumentException e) {
      String expected = e instanceof NumberFormatException || e.getMessage() == null
          ? article(spec.type().label()) : e.getMessage();
      throw new InvalidOptionException("option '" + spec.key() + "' of '" + id + "': expected "
          + expected + ", found '" + value + "'");
    }
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static double parseReal(String v) {
    double d = Double.parseDouble(v);
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("a finite real number");
    }
    return d;
  }

  private static boolean parseBoolean(String v) {
    if (v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw new IllegalArgumentException("true or false");
  }

  private static String nonEmpty(String v) {
    if (v.isEmpty()) {
      throw new IllegalArgumentException("a non-empty value");
    }
    return v;
  }

  private static Path path(String v) {
    try {
      return Path.of(v);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("a path (" + e.getReason() + ")");
    }
  }

  // The enum constant of a choice declared by an OptionChoice enum, named by one of its words.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(OptionSpec<?> spec, String word) {
    if (!spec.choices().contains(word)) {
      throw new IllegalArgumentException("one of " + String.join(", ", spec.choices()));
    }
    return OptionChoice.of((Class) spec.valueType(), word);
  }

  private static List<String> listItems(String v) {
    String body = v.startsWith("[") && v.endsWith("]") ? v.substring(1, v.length() - 1) : v;
    List<String> out = new ArrayList<>();
    for (String s : body.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("at least one value");
    }
    return out;
  }

  /**
   * The value of {@code option}, parsed as its type when these options were built (a list comes
   * back as a fresh array).
   *
   * @param option the constant the extension declares and lists in its {@code options()}
   * @throws IllegalArgumentException when this extension declares no option with that key, or
   *     declares it differently (another type, default or description): a defect of the extension
   */
  public <T> T get(OptionSpec<T> option) {
    declared(option);
    Object v = values.get(option.key());
    if (v instanceof long[] a) {
      v = a.clone();
    } else if (v instanceof double[] a) {
      v = a.clone();
    }
    return option.valueType().cast(v);
  }

  private void declared(OptionSpec<?> option) {
    OptionSpec<?> declared = specs.get(option.key());
    if (declared == null) {
      throw new IllegalArgumentException("'" + extensionId + "' declares no option '" + option.key()
          + "'; its options: " + describe(List.copyOf(specs.values()))
          + ". List the handle in the provider's options().");
    }
    if (declared.type() != option.type()) {
      throw new IllegalArgumentException("option '" + option.key() + "' of '" + extensionId
          + "' is declared as " + article(declared.type().label()) + " but read through "
          + article(option.type().label()) + " handle (OptionSpec<"
          + option.valueType().getSimpleName()
          + ">). Read it through the constant that declares it.");
    }
    if (!declared.equals(option)) {
      throw new IllegalArgumentException("option '" + option.key() + "' of '" + extensionId
          + "' is read through a handle that differs from its declaration: declared " + declared
          + ", handle " + option + ". Read it through the constant that declares it.");
    }
  }

  /**
   * Whether {@code option} was written explicitly, even with its default value, rather than left
   * out: what a check needs that refuses a given value contradicting another source (a model's
   * export sidecar).
   *
   * @throws IllegalArgumentException as {@link #get} does for a handle this extension does not
   *     declare so
   */
  public boolean isGiven(OptionSpec<?> option) {
    declared(option);
    return given.contains(option.key());
  }

  /**
   * Every option with the text of its effective value (given or default), in declaration order,
   * for provenance records.
   */
  public Map<String, String> asMap() {
    return words;
  }

  /** The id of the extension these options belong to. */
  public String extensionId() {
    return extensionId;
  }

  @Override
  public String toString() {
    return new ExtensionSpec(extensionId, words).toString();
  }
}
