package org.brainalign.api.extension;

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
 * <p>Read a value through the constant that declares it: {@link #get(OptionSpec)}. The accessors by
 * key string ({@link #integer(String)}, {@link #string(String)}, ...) remain for plugins written
 * against earlier versions; prefer the typed handles, which keep the key, type and default in one
 * declaration.
 */
public final class Options {
  private final String extensionId;
  private final Map<String, OptionSpec<?>> specs;
  private final Map<String, String> values;
  /** The keys written explicitly (on the command line or in a spec), defaults excluded. */
  private final Set<String> given;

  private Options(String extensionId, Map<String, OptionSpec<?>> specs, Map<String, String> values,
      Set<String> given) {
    this.extensionId = extensionId;
    this.specs = specs;
    this.values = values;
    this.given = given;
  }

  /**
   * Validates raw values against the specs of extension {@code extensionId}.
   *
   * @throws InvalidOptionException naming the key, the valid keys and types, or the expected form
   */
  public static Options parse(
      String extensionId, List<? extends OptionSpec<?>> specs, Map<String, String> raw) {
    Map<String, OptionSpec<?>> byKey = new LinkedHashMap<>();
    for (OptionSpec<?> s : specs) {
      byKey.put(s.key(), s);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      OptionSpec<?> spec = byKey.get(e.getKey());
      if (spec == null) {
        throw new InvalidOptionException("unknown option '" + e.getKey() + "' for '" + extensionId
            + "'; valid options: " + describe(specs));
      }
      check(extensionId, spec, e.getValue());
    }
    for (OptionSpec<?> spec : specs) {
      String value = raw.containsKey(spec.key()) ? raw.get(spec.key()) : spec.defaultValue();
      if (value == null) {
        throw new InvalidOptionException("'" + extensionId + "' needs option '" + spec.key()
            + "' (" + spec.description() + "); write " + extensionId + ":" + spec.key() + "=...");
      }
      values.put(spec.key(), value);
    }
    return new Options(extensionId, byKey, Collections.unmodifiableMap(values),
        Set.copyOf(raw.keySet()));
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

  private static void check(String id, OptionSpec<?> spec, String value) {
    try {
      switch (spec.type()) {
        case INTEGER -> Long.parseLong(value);
        case REAL -> parseReal(value);
        case BOOLEAN -> parseBoolean(value);
        case CHOICE -> {
          if (!spec.choices().contains(value)) {
            throw new IllegalArgumentException("one of " + String.join(", ", spec.choices()));
          }
        }
        case INTEGER_LIST -> listItems(value).forEach(Long::parseLong);
        case REAL_LIST -> listItems(value).forEach(Options::parseReal);
        case STRING, PATH -> {
          if (value.isEmpty()) {
            throw new IllegalArgumentException("a non-empty value");
          }
        }
        default -> throw new AssertionError(spec.type());
      }
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
   * The value of {@code option}, parsed as its type.
   *
   * @param option the constant the extension declares and lists in its {@code options()}
   * @throws IllegalArgumentException when this extension declares no option with that key, or
   *     declares it differently (another type, default or description): a defect of the extension
   */
  public <T> T get(OptionSpec<T> option) {
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
    return option.valueType().cast(value(option, values.get(option.key())));
  }

  private static Object value(OptionSpec<?> option, String v) {
    return switch (option.type()) {
      case INTEGER -> Long.parseLong(v);
      case REAL -> parseReal(v);
      case BOOLEAN -> parseBoolean(v);
      case STRING -> v;
      case CHOICE -> option.valueType() == String.class ? v : constant(option.valueType(), v);
      case PATH -> Path.of(v);
      case INTEGER_LIST -> listItems(v).stream().mapToLong(Long::parseLong).toArray();
      case REAL_LIST -> listItems(v).stream().mapToDouble(Options::parseReal).toArray();
    };
  }

  // The enum constant named by an already checked word of a choice declared by an OptionChoice enum.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(Class<?> type, String word) {
    return OptionChoice.of((Class) type, word);
  }

  private String raw(String key, OptionType... types) {
    OptionSpec<?> spec = specs.get(key);
    if (spec == null) {
      throw new IllegalArgumentException("'" + extensionId + "' declares no option '" + key + "'");
    }
    for (OptionType t : types) {
      if (spec.type() == t) {
        return values.get(key);
      }
    }
    throw new IllegalArgumentException("option '" + key + "' is a " + spec.type().label());
  }

  /** The value by key; prefer {@link #get(OptionSpec)} with the declaring constant. */
  public long integer(String key) {
    return Long.parseLong(raw(key, OptionType.INTEGER));
  }

  /** The value by key; prefer {@link #get(OptionSpec)} with the declaring constant. */
  public double real(String key) {
    return parseReal(raw(key, OptionType.REAL));
  }

  /** The value by key; prefer {@link #get(OptionSpec)} with the declaring constant. */
  public boolean bool(String key) {
    return parseBoolean(raw(key, OptionType.BOOLEAN));
  }

  /**
   * The value of a string, choice or path option by key; prefer {@link #get(OptionSpec)} with the
   * declaring constant.
   */
  public String string(String key) {
    return raw(key, OptionType.STRING, OptionType.CHOICE, OptionType.PATH);
  }

  /** The value by key; prefer {@link #get(OptionSpec)} with the declaring constant. */
  public Path path(String key) {
    return Path.of(raw(key, OptionType.PATH));
  }

  /** The value by key; prefer {@link #get(OptionSpec)} with the declaring constant. */
  public long[] integers(String key) {
    return listItems(raw(key, OptionType.INTEGER_LIST)).stream().mapToLong(Long::parseLong).toArray();
  }

  /** The value by key; prefer {@link #get(OptionSpec)} with the declaring constant. */
  public double[] reals(String key) {
    return listItems(raw(key, OptionType.REAL_LIST)).stream().mapToDouble(Options::parseReal).toArray();
  }

  /**
   * Whether {@code key} has its default value, given or not (see {@link #isGiven} for whether it
   * was written).
   */
  public boolean isDefault(String key) {
    OptionSpec<?> spec = specs.get(key);
    return spec != null && values.get(key).equals(spec.defaultValue());
  }

  /**
   * Whether {@code key} was written explicitly, even with its default value, rather than left out:
   * what a check needs that refuses a given value contradicting another source (a model's export
   * sidecar).
   */
  public boolean isGiven(String key) {
    return given.contains(key);
  }

  /** Every option with its effective value (given or default), for provenance records. */
  public Map<String, String> asMap() {
    return values;
  }

  /** The id of the extension these options belong to. */
  public String extensionId() {
    return extensionId;
  }

  /** A new validated copy with {@code key} set to {@code value}. */
  public Options with(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(key, value);
    Options parsed = parse(extensionId, List.copyOf(specs.values()), copy);
    Set<String> keys = new java.util.HashSet<>(given);
    keys.add(key);
    return new Options(extensionId, parsed.specs, parsed.values, Set.copyOf(keys));
  }

  @Override
  public String toString() {
    return new ExtensionSpec(extensionId, values).toString();
  }
}
