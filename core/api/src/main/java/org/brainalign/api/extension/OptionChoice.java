package org.brainalign.api.extension;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An enum whose constants are the words of a choice option, declared once:
 * {@link OptionSpec#choice(String, Enum, String)} lists the words in declaration order and
 * {@link Options#get} returns the constant.
 *
 * <pre>{@code
 * enum Distance implements OptionChoice { ANGULAR, EUCLIDEAN }
 * static final OptionSpec<Distance> DISTANCE =
 *     OptionSpec.choice("distance", Distance.ANGULAR, "angular or euclidean shape distance");
 * ...
 * Distance d = options.get(DISTANCE);
 * }</pre>
 */
public interface OptionChoice {
  /** The constant's name, as {@link Enum#name()} gives it. */
  String name();

  /**
   * The word written in options, listings and summaries: the constant's name in lower case with
   * {@code _} as {@code -} ({@code FOLD_MEAN} is {@code fold-mean}). Override only when the word
   * differs.
   */
  default String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The words of {@code type}'s constants, in declaration order. */
  static <E extends Enum<E> & OptionChoice> List<String> ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(OptionChoice::id).toList();
  }

  /**
   * The constant of {@code type} whose {@link #id()} is {@code id}.
   *
   * @throws IllegalArgumentException naming the words of {@code type} when none is {@code id}
   */
  static <E extends Enum<E> & OptionChoice> E of(Class<E> type, String id) {
    for (E e : type.getEnumConstants()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new IllegalArgumentException("expected one of " + String.join(", ", ids(type))
        + ", found '" + id + "'");
  }
}
