package org.brainalign.formats.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.formats.Fixtures;
import org.brainalign.formats.MatrixFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HDF5 datasets written by h5py (chunked and gzip-compressed, plain, int16, 1-D). */
class Hdf5MatrixReaderTest {

  @Test
  void readsAChunkedCompressedDataset() {
    DenseMatrix m = Hdf5MatrixReader.read(Fixtures.path("matrices.h5"), "/features");
    double[][] e = Fixtures.csv("matrices_features.csv");
    assertThat(m.rows()).isEqualTo(5);
    assertThat(m.columns()).isEqualTo(7);
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 7; c++) {
        assertThat(m.get(r, c)).isEqualTo(e[r][c]);
      }
    }
  }

  @Test
  void readsThroughTheFileSpecSyntax() {
    MatrixFiles.Opened o = MatrixFiles.open(Fixtures.path("matrices.h5") + ":/group/int16");
    assertThat(o.matrix().rows()).isEqualTo(5);
    assertThat(MatrixFiles.open(Fixtures.path("matrices.h5") + ":/vector").matrix().columns())
        .isEqualTo(1);
  }

  @Test
  void missingDatasetListsWhatIsThere() {
    assertThatThrownBy(() -> Hdf5MatrixReader.read(Fixtures.path("matrices.h5"), "/nope"))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("no dataset '/nope'").hasMessageContaining("features");
    assertThatThrownBy(() -> Hdf5MatrixReader.read(Fixtures.path("matrices.h5"), "/cube"))
        .hasMessageContaining("3 dimensions");
  }

  @Test
  void notAnHdf5FileIsAClearError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.h5");
    Files.write(f, new byte[] {1, 2, 3, 4, 5});
    assertThatThrownBy(() -> Hdf5MatrixReader.read(f, "/a"))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("x.h5");
  }
}
