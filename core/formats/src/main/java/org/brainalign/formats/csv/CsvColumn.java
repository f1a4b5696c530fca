package org.brainalign.formats.csv;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One column of a table whose rows are records {@code R}, declared once for both directions: its
 * name, the value a record writes there ({@link CsvCodec#format}, null as an empty field) and how a
 * field reads back to that value ({@link CsvRow#get}). A {@link CsvTable} lists its columns.
 *
 * <p>Read back, a field is stripped of surrounding spaces; an empty field is {@code ""} for
 * {@link #text}, {@code NaN} for {@link #real} and null for the other kinds, so what a record
 * writes reads back equal (a {@link #real} null aside, which comes back as NaN).
 *
 * @param <R> the row record
 * @param <V> the value's type
 */
public final class CsvColumn<R, V> {
  /** How a stripped, non-empty field reads; throws {@link IllegalArgumentException} if it does not. */
  @FunctionalInterface
  private interface Parser<V> {
    V parse(String field);
  }

  private final String name;
  private final Function<? super R, ? extends V> value;
  private final Parser<V> parser;
  private final V empty;
  private final String expected;
  private final Predicate<V> valid;
  private final boolean required;

  private CsvColumn(String name, Function<? super R, ? extends V> value, Parser<V> parser, V empty,
      String expected, Predicate<V> valid, boolean required) {
    this.name = name;
    this.value = value;
    this.parser = parser;
    this.empty = empty;
    this.expected = expected;
    this.valid = valid;
    this.required = required;
  }

  private static <R, V> CsvColumn<R, V> column(String name, Function<? super R, ? extends V> value,
      Parser<V> parser, V empty, String expected) {
    return new CsvColumn<>(name, value, parser, empty, expected, v -> true, true);
  }

  /** Text as written; an empty field reads as {@code ""}. */
  public static <R> CsvColumn<R, String> text(String name, Function<? super R, String> value) {
    return column(name, value, s -> s, "", "text");
  }

  /** A floating-point number in the {@link CsvCodec} spelling; an empty field reads as NaN. */
  public static <R> CsvColumn<R, Double> real(String name, Function<? super R, Double> value) {
    return column(name, value, CsvCodec::parse, Double.NaN, "a number (or an empty field)");
  }

  /**
   * A number as it was given: a whole number reads as a {@link Long} (so {@code 12} stays
   * {@code 12}), anything else in the {@link CsvCodec} spelling as a {@link Double}; an empty field
   * reads as null.
   */
  public static <R> CsvColumn<R, Number> number(String name, Function<? super R, Number> value) {
    return column(name, value, CsvColumn::parseNumber, null, "a number (or an empty field)");
  }

  /** A whole number that fits an {@code int}; an empty field reads as null. */
  public static <R> CsvColumn<R, Integer> integer(String name,
      Function<? super R, Integer> value) {
    return column(name, value, Integer::parseInt, null, "a whole number (or an empty field)");
  }

  /** A whole number that fits a {@code long}; an empty field reads as null. */
  public static <R> CsvColumn<R, Long> whole(String name, Function<? super R, Long> value) {
    return column(name, value, Long::parseLong, null, "a whole number (or an empty field)");
  }

  /** {@code true} or {@code false} (any case, or 1/0 when read); an empty field reads as null. */
  public static <R> CsvColumn<R, Boolean> bool(String name, Function<? super R, Boolean> value) {
    return column(name, value, CsvColumn::parseBool, null, "true or false (or an empty field)");
  }

  /**
   * This column, whose values must also pass {@code valid} (the empty field's value included) when
   * read.
   *
   * @param expected what a valid field is, for the message, e.g. {@code a rank of at least 1}
   */
  public CsvColumn<R, V> must(Predicate<V> valid, String expected) {
    return new CsvColumn<>(name, value, parser, empty, expected, valid, required);
  }

  /** This column, which a file may lack: every row then reads the empty field's value. */
  public CsvColumn<R, V> optional() {
    return new CsvColumn<>(name, value, parser, empty, expected, valid, false);
  }

  /** The same column of a record {@code S} that holds an {@code R} as {@code part}. */
  public <S> CsvColumn<S, V> partOf(Function<? super S, ? extends R> part) {
    return new CsvColumn<>(name, s -> value.apply(part.apply(s)), parser, empty, expected, valid,
        required);
  }

  /** The column's name in the header. */
  public String name() {
    return name;
  }

  /** Whether a file must have this column. */
  public boolean required() {
    return required;
  }

  /** What {@code row} writes in this column, before {@link CsvCodec#format}. */
  public V value(R row) {
    return value.apply(row);
  }

  /**
   * The value of a field of this column.
   *
   * @throws IllegalArgumentException if the field does not read as this column's kind
   */
  V parse(String field) {
    String f = field.strip();
    V v = f.isEmpty() ? empty : parser.parse(f);
    if (!valid.test(v)) {
      throw new IllegalArgumentException(field);
    }
    return v;
  }

  /** What a field of this column must be, for a message. */
  String expected() {
    return expected;
  }

  private static Number parseNumber(String f) {
    if (f.matches("[-+]?[0-9]{1,18}")) {
      return Long.parseLong(f);
    }
    return CsvCodec.parse(f);
  }

  private static Boolean parseBool(String f) {
    return switch (f.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(f);
    };
  }
}
