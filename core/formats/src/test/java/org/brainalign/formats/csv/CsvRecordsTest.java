package org.brainalign.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV reader splits records with Commons CSV (RFC 4180), so a numeric matrix is read the way
 * {@code pandas.read_csv} reads it: a quoted field may span lines, text after a closing quote is an
 * error naming the line, and lines are the file's own.
 */
class CsvRecordsTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("m.csv"), text);
  }

  @Test
  void aQuotedHeaderCellMaySpanLinesAndRowsKeepTheirFileLines() throws IOException {
    // pandas writes a column name holding a line break quoted over two lines.
    Path f = write("\"left\nside\",b\n\n1,2\n  \n3,4\n");
    NumericCsv csv = NumericCsv.read(f, CsvHeader.UNSTATED, "");
    assertThat(csv.header()).containsExactly("left\nside", "b");
    assertThat(csv.values()).containsExactly(1, 2, 3, 4);
    assertThat(csv.lines()).containsExactly(4, 6);
  }

  @Test
  void textAfterAClosingQuoteIsAnErrorNamingTheLine() throws IOException {
    Path f = write("a,b\n1,2\n\"3\"x,4\n");
    assertThatThrownBy(() -> NumericCsv.read(f, CsvHeader.UNSTATED, ""))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("m.csv: after line 2")
        .hasMessageContaining("expected RFC 4180 fields")
        .hasMessageContaining("write a quote inside it as \"\"");
  }

  @Test
  void aQuoteLeftOpenIsAnErrorNamingTheEndOfTheFile() throws IOException {
    Path f = write("a,b\n1,\"2\n3,4\n");
    assertThatThrownBy(() -> NumericCsv.read(f, CsvHeader.UNSTATED, ""))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("expected a closing double quote, found the end of the file");
  }

  @Test
  void theDelimiterIsTheFirstLinesAndAByteOrderMarkIsIgnored() throws IOException {
    Path f = write("\uFEFFx;y\n1,5;2\n");
    try (CsvRecords in = CsvRecords.open(f)) {
      assertThat(in.delimiter()).isEqualTo(';');
      assertThat(in.next()).containsExactly("x", "y");
      assertThat(in.line()).isEqualTo(1);
      assertThat(in.next()).containsExactly("1,5", "2");
      assertThat(in.line()).isEqualTo(2);
      assertThat(in.next()).isNull();
    }
  }

  @Test
  void bytesThatAreNotUtf8AreAnError() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.write(f, new byte[] {'1', ',', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> NumericCsv.read(f, CsvHeader.ABSENT, ""))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("cannot read as UTF-8 text");
  }
}
