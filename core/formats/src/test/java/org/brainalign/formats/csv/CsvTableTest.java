package org.brainalign.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of records is written and read by one codec: every kind of column reads back what it
 * wrote, columns are found by name, and a bad field is reported with its line and column.
 */
class CsvTableTest {
  @TempDir Path dir;

  record Row(String name, Number n, Double x, Integer i, Long l, Boolean b) {}

  static final CsvColumn<Row, String> NAME = CsvColumn.text("name", Row::name);
  static final CsvColumn<Row, Number> N = CsvColumn.number("n", Row::n);
  static final CsvColumn<Row, Double> X = CsvColumn.real("x", Row::x);
  static final CsvColumn<Row, Integer> I =
      CsvColumn.integer("i", Row::i).must(v -> v == null || v >= 0, "a count");
  static final CsvColumn<Row, Long> L = CsvColumn.whole("l", Row::l).optional();
  static final CsvColumn<Row, Boolean> B = CsvColumn.bool("b", Row::b);
  static final CsvTable<Row> TABLE = CsvTable.<Row>builder().column(NAME).column(N).column(X)
      .column(I).column(L).column(B).build("Write it again.", r -> new Row(r.get(NAME), r.get(N),
          r.get(X), r.get(I), r.get(L), r.get(B)));

  @Test
  void whatARecordWritesReadsBackEqual() {
    List<Row> rows = List.of(new Row("a,\"b\"", 12, 0.1, 3, 1L << 40, true),
        new Row("two\nlines", 2.5, Double.NaN, null, null, null),
        new Row("", null, Double.POSITIVE_INFINITY, -0, -7L, false));
    Path f = dir.resolve("t.csv");
    TABLE.write("t", rows, f);
    List<Row> back = TABLE.read(f).stream().map(CsvTable.Entry::row).toList();
    assertThat(back).containsExactly(new Row("a,\"b\"", 12L, 0.1, 3, 1L << 40, true),
        new Row("two\nlines", 2.5, Double.NaN, null, null, null),
        new Row("", null, Double.POSITIVE_INFINITY, 0, -7L, false));
    assertThat(back.stream().map(TABLE::fields).toList())
        .isEqualTo(rows.stream().map(TABLE::fields).toList());
    assertThat(TABLE.read(f).get(1).source().line()).isEqualTo(3);
  }

  @Test
  void fieldsMayHoldQuotesCommasAndLineBreaks() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "a,b\r\n\"x,\"\"y\"\"\",\"two\nlines\"\r\n,3\n");
    CsvColumn<CsvRow, String> a = CsvColumn.text("a", r -> null);
    CsvColumn<CsvRow, Double> aNumber = CsvColumn.real("a", r -> null);
    CsvColumn<CsvRow, String> b = CsvColumn.text("b", r -> null);
    CsvColumn<CsvRow, Integer> bInteger = CsvColumn.integer("b", r -> null);
    List<CsvRow> rows = CsvTable.<CsvRow>builder().column(a).column(b).build("", r -> r).read(f)
        .stream().map(CsvTable.Entry::row).toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get(a)).isEqualTo("x,\"y\"");
    assertThat(rows.get(0).get(b)).isEqualTo("two\nlines");
    assertThat(rows.get(1).get(aNumber)).isNaN();
    assertThat(rows.get(1).get(bInteger)).isEqualTo(3);
  }

  @Test
  void columnsAreFoundByNameAndOptionalOnesMayBeMissing() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "b,extra,i,x,n,name\nfalse,?,1,0.5,7,z\n");
    assertThat(TABLE.read(f).get(0).row()).isEqualTo(new Row("z", 7L, 0.5, 1, null, false));
    Files.writeString(f, "name,n,x\nz,7,0.5\n");
    assertThatThrownBy(() -> TABLE.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("without [i, b]").hasMessageContaining("Write it again.");
  }

  @Test
  void aBadFieldNamesItsLineAndColumn() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "name,n,x,i,l,b\nz,1,2,3,4,true\nz,1,2,-1,4,true\n");
    assertThatThrownBy(() -> TABLE.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("line 3, column i: expected a count, found \"-1\"");
    Files.writeString(f, "name,n,x,i,l,b\nz,one,2,3,4,true\n");
    assertThatThrownBy(() -> TABLE.read(f))
        .hasMessageContaining("line 2, column n: expected a number (or an empty field)");
    Files.writeString(f, "name,n,x,i,l,b\nz,1,2,3,4,yes\n");
    assertThatThrownBy(() -> TABLE.read(f)).hasMessageContaining("column b: expected true or false");
    Files.writeString(f, "name,n,x,i,l,b\nz,1\n");
    assertThatThrownBy(() -> TABLE.read(f))
        .hasMessageContaining("line 2: expected 6 fields like the header, found 2");
  }
}
