package org.brainalign.plugins.folder.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder dataset's tables are read by the one CSV codec (RFC 4180 as pandas writes it), not by
 * a parser of their own: a quoted cell may hold a line break, and text after a closing quote is an
 * error instead of being glued to the cell.
 */
class CsvTableTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("trials.csv"), text);
  }

  @Test
  void aQuotedCellMayHoldALineBreakAndRowsKeepTheirFileLines() throws IOException {
    // pandas' to_csv writes a note with a line break this way.
    CsvTable t = CsvTable.read(write("stimulus,note\na.png,\"seen\ntwice\"\nb.png,x\n"), "rows table");
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.cell(0, 1)).isEqualTo("seen\ntwice");
    assertThat(t.cell(1, 0)).isEqualTo("b.png");
    assertThat(t.line(0)).isEqualTo(2);
    assertThat(t.line(1)).isEqualTo(4);
  }

  @Test
  void textAfterAClosingQuoteIsRefusedNamingTheLine() throws IOException {
    Path f = write("stimulus,session\n\"a.png\"x,1\n");
    assertThatThrownBy(() -> CsvTable.read(f, "rows table"))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("trials.csv: after line 1")
        .hasMessageContaining("expected RFC 4180 fields");
  }
}
