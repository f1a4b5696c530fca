package org.brainalign.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.formats.MatrixFiles;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: {@code pd.DataFrame(a).to_csv(p, index=False)} writes the header {@code 0,1,2}, which
 * was read as a first stimulus. The files are pandas' own (generate_csv_fixtures.py).
 */
class CsvHeaderRuleTest {
  private static final Path DIR = Path.of("src/test/resources/csv");
  private static final String HEADER = DIR.resolve("pandas-array-header.csv").toString();
  private static final String PLAIN = DIR.resolve("pandas-array-noheader.csv").toString();

  private static DenseMatrix open(String spec) {
    return MatrixFiles.open(spec).matrix().data().toDense();
  }

  @Test
  void pandasColumnNumbersAreNeitherHeaderNorDataUntilStated() {
    assertThatThrownBy(() -> MatrixFiles.open(HEADER)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("pandas-array-header.csv: line 1 is '0,1,2': column numbers")
        .hasMessageContaining("append ?header=true (it names the columns) or ?header=false");
    DenseMatrix stated = open(HEADER + "?header=true");
    DenseMatrix plain = open(PLAIN);
    assertThat(stated.rows()).isEqualTo(4);
    assertThat(stated.data()).containsExactly(plain.data());
    DenseMatrix asData = open(HEADER + "?header=false");
    assertThat(asData.rows()).isEqualTo(5);
    assertThat(asData.data()).startsWith(0, 1, 2);
    assertThat(open(PLAIN + "?header=false").data()).containsExactly(plain.data());
  }

  @Test
  void aBadHeaderOptionIsNamed() {
    assertThatThrownBy(() -> MatrixFiles.open(HEADER + "?header=yes"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected true");
    assertThatThrownBy(() -> MatrixFiles.open(HEADER + "?skip=1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expected FILE.csv, FILE.csv?header=true or FILE.csv?header=false");
  }

  @Test
  void aNonFiniteCsvValueIsFoundWhereItStandsInTheFile() {
    MatrixFiles.Opened o = MatrixFiles.open(DIR.resolve("pandas-matrix.csv").toString());
    // pandas-matrix.csv: a header, then the values of generate_csv_fixtures.py; NaN is the 13th.
    assertThat(o.firstNonFiniteInFile()).isEqualTo("NaN at line 14, column 1");
    assertThat(MatrixFiles.open(PLAIN).firstNonFiniteInFile()).isNull();
  }
}
