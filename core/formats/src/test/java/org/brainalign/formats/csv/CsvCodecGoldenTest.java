package org.brainalign.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brainalign.api.table.Table;
import org.junit.jupiter.api.Test;

/**
 * The CSV codec against pandas 1.5.3 and numpy 1.24.2 (src/test/python/generate_csv_fixtures.py):
 * what pandas writes (NaN as an empty field or {@code NaN}, {@code inf}, {@code -inf}, quoted text,
 * {@code -0.0}, denormals, the largest double) reads back as the same bits, and what
 * {@link TableWriter} writes is byte for byte the committed file that the script reads back with
 * {@code pandas.read_csv}, {@code numpy.genfromtxt} and {@code numpy.loadtxt} to the same bits.
 */
class CsvCodecGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/csv");
  private static final List<String> LABELS = List.of("plain", "with,comma", "with \"quote\"",
      "two\nlines", "zero", "minus zero", "third", "tiny", "denormal", "huge", "whole", "negative",
      "not-a-number", "plus-infinity", "minus-infinity");

  private static List<Double> expected() throws IOException {
    List<Double> out = new ArrayList<>();
    for (String hex : Files.readAllLines(DIR.resolve("values-bits.txt"))) {
      out.add(Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16)));
    }
    return out;
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CsvCodec.parser(in, ',')) {
      return p.getRecords();
    }
  }

  /** Same double: equal bits (NaN's canonical bits for any NaN), so -0.0 differs from 0.0. */
  private static void assertSame(List<Double> got, List<Double> want, String what) {
    assertThat(got).as(what).hasSameSizeAs(want);
    for (int i = 0; i < want.size(); i++) {
      assertThat(Double.doubleToLongBits(got.get(i))).as(what + " row " + (i + 1) + ": "
          + got.get(i) + " vs " + want.get(i)).isEqualTo(Double.doubleToLongBits(want.get(i)));
    }
  }

  @Test
  void whatPandasWritesReadsBackAsTheSameFloats() throws IOException {
    List<Double> want = expected();
    for (String name : List.of("pandas-written.csv", "pandas-nan-rep.csv")) {
      List<CSVRecord> rows = records(DIR.resolve(name));
      assertThat(rows.get(0).toList()).containsExactly("label", "value", "flag");
      List<Double> got = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (CSVRecord r : rows.subList(1, rows.size())) {
        labels.add(r.get(0));
        got.add(CsvCodec.parse(r.get(1)));
      }
      assertThat(labels).as(name).isEqualTo(LABELS);
      assertSame(got, want, name);
    }
  }

  @Test
  void aMatrixPandasWroteReadsAsTheSameFloats() throws IOException {
    CsvMatrixReader.Result m = CsvMatrixReader.read(DIR.resolve("pandas-matrix.csv"));
    assertThat(m.header()).containsExactly("value", "negated");
    List<Double> want = expected();
    List<Double> value = new ArrayList<>();
    List<Double> negated = new ArrayList<>();
    List<Double> wantNegated = new ArrayList<>();
    for (int r = 0; r < m.matrix().rows(); r++) {
      value.add(m.matrix().get(r, 0));
      negated.add(m.matrix().get(r, 1));
      wantNegated.add(-want.get(r));
    }
    assertSame(value, want, "value");
    assertSame(negated, wantNegated, "negated");
  }

  @Test
  void tableWriterWritesTheFilesPandasAndNumpyReadBack() throws IOException {
    List<Double> values = expected();
    List<List<Object>> labelled = new ArrayList<>();
    List<List<Object>> numbers = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      labelled.add(List.of(LABELS.get(i), values.get(i)));
      numbers.add(List.of(values.get(i)));
    }
    assertThat(TableWriter.toCsv(new Table("t", List.of("label", "value"), labelled)))
        .isEqualTo(Files.readString(DIR.resolve("java-written.csv")));
    assertThat(TableWriter.toCsv(new Table("t", List.of("value"), numbers)))
        .isEqualTo(Files.readString(DIR.resolve("java-written-numbers.csv")));
  }

  @Test
  void theSpellingOfNonFiniteValuesAndWhatIsNotANumber() throws IOException {
    assertThat(CsvCodec.format(Double.NaN)).isEqualTo("NaN");
    assertThat(CsvCodec.format(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(CsvCodec.format(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    for (String s : List.of("", " ", "nan", "NaN", "NAN", "-nan")) {
      assertThat(CsvCodec.parse(s)).as("'" + s + "'").isNaN();
    }
    for (String s : List.of("inf", "+inf", "Inf", "infinity", "Infinity", " inf ")) {
      assertThat(CsvCodec.parse(s)).as(s).isEqualTo(Double.POSITIVE_INFINITY);
    }
    assertThat(CsvCodec.parse("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(CsvCodec.parse("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    for (String s : List.of("1d", "2f", "0x1p3", "x", "1,5", "1e", "--1", "inf1")) {
      assertThatThrownBy(() -> CsvCodec.parse(s)).as(s).isInstanceOf(NumberFormatException.class);
    }
    // A table's inf survives the round trip (it was read back as NaN by one reader before).
    List<CSVRecord> back;
    try (CSVParser p = CsvCodec.parser(new StringReader(TableWriter.toCsv(new Table("t",
        List.of("x"), List.of(List.of(Double.POSITIVE_INFINITY))))), ',')) {
      back = p.getRecords();
    }
    assertThat(CsvCodec.parse(back.get(1).get(0))).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
