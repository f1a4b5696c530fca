package org.brainalign.formats.npy;

import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.formats.npy.NpyDtype;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.formats.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpyWriterTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"f4", "f8", "f2"})
  void writesTheSameBytesAsNumpySave(String type) throws IOException {
    DenseMatrix m = DenseMatrix.of(Fixtures.csv("npy/writer.csv"));
    NpyDtype dtype = switch (type) {
      case "f4" -> NpyDtype.FLOAT32;
      case "f8" -> NpyDtype.FLOAT64;
      default -> NpyDtype.FLOAT16;
    };
    Path out = dir.resolve("w.npy");
    NpyWriter.write(out, m, dtype);
    assertThat(Files.readAllBytes(out))
        .isEqualTo(Files.readAllBytes(Fixtures.path("npy/writer_" + type + ".npy")));
  }

  @Test
  void anUnfinishedFileNeverAppearsUnderItsName() {
    Path out = dir.resolve("features.npy");
    try (NpyWriter w = NpyWriter.create(out, NpyDtype.FLOAT32, 3, 2)) {
      w.appendRows(new float[] {1, 2, 3, 4}, 2);
      assertThat(AtomicFiles.partial(out)).exists();
      assertThatThrownBy(w::commit).hasMessageContaining("2 of 3 rows");
    }
    assertThat(out).doesNotExist();
    assertThat(AtomicFiles.partial(out)).doesNotExist();
  }

  @Test
  void streamedRowsReadBack() {
    Path out = dir.resolve("s.npy");
    try (NpyWriter w = NpyWriter.create(out, NpyDtype.FLOAT32, 2, 3)) {
      w.appendRows(new float[] {1, 2, 3}, 1);
      w.appendRows(new float[] {4, 5, 6}, 1);
      w.commit();
    }
    NpyMatrix m = NpyMatrix.open(out);
    double[] all = new double[6];
    m.readRows(0, 2, all);
    assertThat(all).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void digestAndSizeAreThoseOfTheCommittedFile() throws IOException {
    Path f = dir.resolve("d.npy");
    NpyWriter w = NpyWriter.create(f, NpyDtype.FLOAT32, 3, 5);
    assertThatThrownBy(w::sha256).isInstanceOf(IllegalStateException.class);
    for (int r = 0; r < 3; r++) {
      w.appendRows(new float[] {r, 1.5f, -2, Float.NaN, 1e30f}, 1);
    }
    w.commit();
    assertThat(w.sha256()).isEqualTo(org.brainalign.support.digest.Sha256.of(f));
    assertThat(w.bytes()).isEqualTo(Files.size(f));
  }
}
