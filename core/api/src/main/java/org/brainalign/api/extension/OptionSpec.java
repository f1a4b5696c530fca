package org.brainalign.api.extension;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One documented option of an extension, and the typed handle its value is read through.
 *
 * <p>Declare each option once, as a constant, and use that constant both in the provider's
 * {@link ExtensionProvider#options()} list and where the options are read:
 *
 * <pre>{@code
 * static final OptionSpec<Long> FOLDS = OptionSpec.integer("folds", 8, "cross-validation folds");
 * static final List<OptionSpec<?>> OPTIONS = List.of(FOLDS);
 * ...
 * int folds = Math.toIntExact(options.get(FOLDS));
 * }</pre>
 *
 * <p>{@code T} is what {@link Options#get} returns: {@link Long} for {@link OptionType#INTEGER},
 * {@link Double} for {@link OptionType#REAL}, {@link Boolean}, {@link String} for
 * {@link OptionType#STRING}, the enum constant for a {@link OptionType#CHOICE} (declared by an
 * {@link OptionChoice} enum), {@link Path}, {@code long[]} for {@link OptionType#INTEGER_LIST} and
 * {@code double[]} for {@link OptionType#REAL_LIST}.
 * Two specs are equal when key, type, default, description, choices and value type are.
 *
 * @param <T> the Java type of the parsed value
 */
public final class OptionSpec<T> {
  private final String key;
  private final OptionType type;
  private final String defaultValue;
  private final String description;
  private final List<String> choices;
  private final Class<T> valueType;

  private OptionSpec(String key, OptionType type, String defaultValue, String description,
      List<String> choices, Class<T> valueType) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    if (!key.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("option key must be kebab-case, found '" + key + "'");
    }
    this.choices = List.copyOf(choices);
    if (type == OptionType.CHOICE && this.choices.isEmpty()) {
      throw new IllegalArgumentException("choice option '" + key + "' needs its choices");
    }
    this.key = key;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
    this.valueType = valueType;
  }

  /** Kebab-case key, e.g. {@code null-quantile}. */
  public String key() {
    return key;
  }

  /** How the value is parsed. */
  public OptionType type() {
    return type;
  }

  /** The text form of the default, or {@code null} when the option is required. */
  public String defaultValue() {
    return defaultValue;
  }

  /** One sentence for {@code brainalign plugins}. */
  public String description() {
    return description;
  }

  /** The allowed words when {@link #type()} is {@link OptionType#CHOICE}, else empty. */
  public List<String> choices() {
    return choices;
  }

  /** The Java type {@link Options#get} returns for this option. */
  public Class<T> valueType() {
    return valueType;
  }

  /** Whether the user must give this option. */
  public boolean required() {
    return defaultValue == null;
  }

  public static OptionSpec<Long> integer(String key, long defaultValue, String description) {
    return new OptionSpec<>(key, OptionType.INTEGER, Long.toString(defaultValue), description,
        List.of(), Long.class);
  }

  public static OptionSpec<Double> real(String key, double defaultValue, String description) {
    return new OptionSpec<>(key, OptionType.REAL, Double.toString(defaultValue), description,
        List.of(), Double.class);
  }

  public static OptionSpec<Boolean> bool(String key, boolean defaultValue, String description) {
    return new OptionSpec<>(key, OptionType.BOOLEAN, Boolean.toString(defaultValue), description,
        List.of(), Boolean.class);
  }

  /** A string option; {@code defaultValue} may be {@code null} for a required option. */
  public static OptionSpec<String> string(String key, String defaultValue, String description) {
    return new OptionSpec<>(key, OptionType.STRING, defaultValue, description, List.of(),
        String.class);
  }

  /** A path option; {@code defaultValue} may be {@code null} for a required option. */
  public static OptionSpec<Path> path(String key, String defaultValue, String description) {
    return new OptionSpec<>(key, OptionType.PATH, defaultValue, description, List.of(), Path.class);
  }

  /**
   * One of the constants of {@code E}: the choices are their {@link OptionChoice#id() words} in
   * declaration order, and {@link Options#get} returns the constant.
   *
   * @param defaultValue the constant used when the option is not given
   */
  public static <E extends Enum<E> & OptionChoice> OptionSpec<E> choice(
      String key, E defaultValue, String description) {
    Class<E> type = defaultValue.getDeclaringClass();
    return new OptionSpec<>(key, OptionType.CHOICE, defaultValue.id(), description,
        OptionChoice.ids(type), type);
  }

  /** Whole numbers; {@code defaultValue} is their text form, e.g. {@code [16,64]}, or null. */
  public static OptionSpec<long[]> integers(String key, String defaultValue, String description) {
    return new OptionSpec<>(key, OptionType.INTEGER_LIST, defaultValue, description, List.of(),
        long[].class);
  }

  /** Real numbers; {@code defaultValue} is their text form, e.g. {@code [0.1,1]}, or null. */
  public static OptionSpec<double[]> reals(String key, String defaultValue, String description) {
    return new OptionSpec<>(key, OptionType.REAL_LIST, defaultValue, description, List.of(),
        double[].class);
  }

  /** How the option is shown in listings and error messages, e.g. {@code folds (integer)}. */
  public String signature() {
    String shown = type == OptionType.CHOICE ? String.join("|", choices) : type.label();
    return key + " (" + shown + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OptionSpec<?> s && key.equals(s.key) && type == s.type
        && Objects.equals(defaultValue, s.defaultValue) && description.equals(s.description)
        && choices.equals(s.choices) && valueType.equals(s.valueType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, type, defaultValue, description, choices, valueType);
  }

  @Override
  public String toString() {
    return "OptionSpec[key=" + key + ", type=" + type + ", defaultValue=" + defaultValue
        + ", description=" + description + ", choices=" + choices + "]";
  }
}
