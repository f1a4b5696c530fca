package org.brainalign.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMatrixReaderTest {
  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("m.csv"), text);
  }

  @Test
  void readsWithAndWithoutHeader() throws IOException {
    CsvMatrixReader.Result r = CsvMatrixReader.read(write("a,b,c\n1,2,3\n\n4,5.5,-6e-1\n"));
    assertThat(r.header()).containsExactly("a", "b", "c");
    assertThat(r.matrix().data()).containsExactly(1, 2, 3, 4, 5.5, -0.6);
    CsvMatrixReader.Result plain = CsvMatrixReader.read(write("2\t1\n3\t4\n"));
    assertThat(plain.header()).isNull();
    assertThat(plain.matrix().rows()).isEqualTo(2);
  }

  @Test
  void raggedAndNonNumericRowsNameTheLine() throws IOException {
    assertThatThrownBy(() -> CsvMatrixReader.read(write("1,5\n3\n")))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("line 2 has 1 cells");
    assertThatThrownBy(() -> CsvMatrixReader.read(write("1,5\n3,x\n")))
        .hasMessageContaining("line 2, column 2").hasMessageContaining("'x'");
    assertThatThrownBy(() -> CsvMatrixReader.read(write("a,b\n")))
        .hasMessageContaining("no numeric rows");
  }
}
