package org.brainalign.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one header rule: a non-numeric cell makes a header, data is never a header, and a first line
 * that could be either (pandas' column numbers) must be stated.
 */
class CsvHeaderTest {
  @TempDir
  Path dir;
  static final Path F = Path.of("m.csv");

  private static boolean unstated(String line) {
    return CsvHeader.UNSTATED.isHeader(F, 1, List.of(line.split(",", -1)), "say it");
  }

  @Test
  void aNonNumericCellMakesAHeaderAndOtherNumbersAreData() {
    assertThat(unstated("a,b,c")).isTrue();
    assertThat(unstated("0,1,x")).isTrue();
    assertThat(unstated("0.5,1,2")).isFalse();
    assertThat(unstated("2,3,4")).isFalse();
    assertThat(unstated("0,2,1")).isFalse();
    assertThat(unstated("0.0,1.0,2.0")).isFalse();
    assertThat(unstated("nan,inf,")).isFalse();
  }

  @Test
  void columnNumbersAsPandasWritesThemMustBeStated() {
    for (String line : List.of("0,1,2", "1,2,3", "0", "1", " 0 , 1 ")) {
      assertThatThrownBy(() -> unstated(line)).as(line)
          .isInstanceOf(DataFormatException.class)
          .hasMessageContaining("m.csv: line 1 is '")
          .hasMessageContaining("brainalign does not guess: say it");
    }
    List<String> numbers = List.of("0,1,2".split(","));
    assertThat(CsvHeader.PRESENT.isHeader(F, 1, numbers, "")).isTrue();
    assertThat(CsvHeader.ABSENT.isHeader(F, 1, numbers, "")).isFalse();
    assertThat(CsvHeader.ABSENT.isHeader(F, 1, List.of("a", "b"), "")).isFalse();
  }

  @Test
  void parsesTrueAndFalseOnly() {
    assertThat(CsvHeader.parse("true", "k")).isEqualTo(CsvHeader.PRESENT);
    assertThat(CsvHeader.parse("False", "k")).isEqualTo(CsvHeader.ABSENT);
    assertThatThrownBy(() -> CsvHeader.parse("yes", "header")).isInstanceOf(
        InvalidInputException.class).hasMessageContaining("header: expected true");
  }

  @Test
  void theMatrixReaderAppliesTheRuleAndNamesLinesAsTheFileHasThem() throws IOException {
    Path f = dir.resolve("a.csv");
    Files.writeString(f, "\uFEFF0,1,2\n\n0.5,inf,\n1,2,3\n");
    assertThatThrownBy(() -> NumericCsv.read(f, CsvHeader.UNSTATED, "state it"))
        .hasMessageContaining("a.csv: line 1 is '0,1,2'").hasMessageContaining("state it");
    NumericCsv withHeader = NumericCsv.read(f, CsvHeader.PRESENT, "");
    assertThat(withHeader.header()).containsExactly("0", "1", "2");
    assertThat(withHeader.rows()).isEqualTo(2);
    assertThat(withHeader.lines()).containsExactly(3, 4);
    assertThat(withHeader.firstNonFinite()).isEqualTo("+Inf at line 3, column 2");
    NumericCsv data = NumericCsv.read(f, CsvHeader.ABSENT, "");
    assertThat(data.header()).isNull();
    assertThat(data.rows()).isEqualTo(3);
    assertThat(data.values()).startsWith(0, 1, 2, 0.5);
    Files.writeString(f, "a;b\n1;2\n");
    assertThat(NumericCsv.read(f, CsvHeader.UNSTATED, "").values()).containsExactly(1, 2);
    Files.writeString(f, "a,b\n1,x\n");
    assertThatThrownBy(() -> NumericCsv.read(f, CsvHeader.UNSTATED, ""))
        .hasMessageContaining("line 2, column 2: expected a number, found 'x'");
  }
}
