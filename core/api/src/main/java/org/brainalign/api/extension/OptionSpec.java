package org.brainalign.api.extension;

import java.util.List;
import java.util.Objects;

/**
 * One documented option of an extension.
 *
 * @param key kebab-case key, e.g. {@code null-quantile}
 * @param type how the value is parsed
 * @param defaultValue the text form of the default, or {@code null} when the option is required
 * @param description one sentence for {@code brainalign plugins}
 * @param choices the allowed words when {@code type} is {@link OptionType#CHOICE}, else empty
 */
public record OptionSpec(
    String key, OptionType type, String defaultValue, String description, List<String> choices) {

  public OptionSpec {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    if (!key.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("option key must be kebab-case, found '" + key + "'");
    }
    choices = List.copyOf(choices);
    if (type == OptionType.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("choice option '" + key + "' needs its choices");
    }
  }

  /** Whether the user must give this option. */
  public boolean required() {
    return defaultValue == null;
  }

  public static OptionSpec integer(String key, long defaultValue, String description) {
    return new OptionSpec(key, OptionType.INTEGER, Long.toString(defaultValue), description, List.of());
  }

  public static OptionSpec real(String key, double defaultValue, String description) {
    return new OptionSpec(key, OptionType.REAL, Double.toString(defaultValue), description, List.of());
  }

  public static OptionSpec bool(String key, boolean defaultValue, String description) {
    return new OptionSpec(key, OptionType.BOOLEAN, Boolean.toString(defaultValue), description, List.of());
  }

  /** A string option; {@code defaultValue} may be {@code null} for a required option. */
  public static OptionSpec string(String key, String defaultValue, String description) {
    return new OptionSpec(key, OptionType.STRING, defaultValue, description, List.of());
  }

  /** A path option; {@code defaultValue} may be {@code null} for a required option. */
  public static OptionSpec path(String key, String defaultValue, String description) {
    return new OptionSpec(key, OptionType.PATH, defaultValue, description, List.of());
  }

  public static OptionSpec choice(
      String key, String defaultValue, List<String> choices, String description) {
    return new OptionSpec(key, OptionType.CHOICE, defaultValue, description, choices);
  }

  public static OptionSpec integers(String key, String defaultValue, String description) {
    return new OptionSpec(key, OptionType.INTEGER_LIST, defaultValue, description, List.of());
  }

  public static OptionSpec reals(String key, String defaultValue, String description) {
    return new OptionSpec(key, OptionType.REAL_LIST, defaultValue, description, List.of());
  }

  /** How the option is shown in listings and error messages, e.g. {@code folds (integer)}. */
  public String signature() {
    String shown = type == OptionType.CHOICE ? String.join("|", choices) : type.label();
    return key + " (" + shown + ")";
  }
}
