package org.brainalign.formats.npy;

import org.brainalign.formats.npy.NpyDtype;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.DataFormatException;
import org.brainalign.formats.AtomicFiles;
import org.brainalign.support.digest.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NpyWriter#sync()} and {@link NpyWriter#resume}: a write abandoned after a checkpoint (as by
 * SIGKILL: the writer is never closed, rows after the checkpoint may or may not have reached the
 * file) continues to the same bytes and digest as an uninterrupted write, and a partial file that
 * does not match its checkpoint is refused with a {@link DataFormatException} naming it.
 */
class NpyWriterResumeTest {
  private static final int ROWS = 9;
  private static final int COLUMNS = 5;

  @TempDir
  Path dir;

  private static float[] rows(int first, int count) {
    float[] v = new float[count * COLUMNS];
    for (int i = 0; i < v.length; i++) {
      v[i] = (first * COLUMNS + i) * 0.37f - 3;
    }
    return v;
  }

  private static NpyDtype dtype(String type) {
    return type.equals("f2") ? NpyDtype.FLOAT16 : type.equals("f8") ? NpyDtype.FLOAT64
        : NpyDtype.FLOAT32;
  }

  /** Writes the first {@code rows} rows, checkpoints them, writes 2 more and abandons the writer. */
  private static NpyWriter.Checkpoint abandonAfter(Path out, NpyDtype dtype, int rows) {
    NpyWriter w = NpyWriter.create(out, dtype, ROWS, COLUMNS);
    w.appendRows(rows(0, rows), rows);
    NpyWriter.Checkpoint c = w.sync();
    w.appendRows(rows(rows, 2), 2);
    w.sync(); // the rows after the checkpoint reach the file, as they may before a kill
    return c;
  }

  private void finish(NpyWriter w, int from) {
    w.appendRows(rows(from, ROWS - from), ROWS - from);
    w.commit();
  }

  @ParameterizedTest
  @CsvSource({"f4, 4, 4", "f8, 3, 3", "f2, 6, 2", "f4, 4, 0"})
  void aResumedWriteEqualsAnUninterruptedOne(String type, int checkpointRows, int keep)
      throws IOException {
    NpyDtype dtype = dtype(type);
    Path reference = dir.resolve("reference.npy");
    try (NpyWriter w = NpyWriter.create(reference, dtype, ROWS, COLUMNS)) {
      finish(w, 0);
    }
    Path out = dir.resolve("resumed.npy");
    NpyWriter.Checkpoint c = abandonAfter(out, dtype, checkpointRows);
    assertThat(c.rows()).isEqualTo(checkpointRows);
    assertThat(Files.size(AtomicFiles.partial(out))).isGreaterThan(c.bytes());
    String sha;
    try (NpyWriter w = NpyWriter.resume(out, dtype, ROWS, COLUMNS, c, keep)) {
      assertThat(w.rowsWritten()).isEqualTo(keep);
      finish(w, keep);
      sha = w.sha256();
      assertThat(w.bytes()).isEqualTo(Files.size(reference));
    }
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(reference));
    assertThat(sha).isEqualTo(Sha256.of(reference));
  }

  @Test
  void aCheckpointDigestIsThatOfTheBytesOnDisk() throws Exception {
    Path out = dir.resolve("f.npy");
    NpyWriter.Checkpoint c = abandonAfter(out, NpyDtype.FLOAT32, 5);
    byte[] prefix = java.util.Arrays.copyOf(Files.readAllBytes(AtomicFiles.partial(out)),
        (int) c.bytes());
    assertThat(c.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(prefix)));
  }

  @Test
  void aPartialFileShorterThanItsCheckpointIsRefused() throws IOException {
    Path out = dir.resolve("short.npy");
    NpyWriter.Checkpoint c = abandonAfter(out, NpyDtype.FLOAT32, 4);
    try (RandomAccessFile f = new RandomAccessFile(AtomicFiles.partial(out).toFile(), "rw")) {
      f.setLength(c.bytes() - 1);
    }
    assertThatThrownBy(() -> NpyWriter.resume(out, NpyDtype.FLOAT32, ROWS, COLUMNS, c, 4))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("short.npy.partial").hasMessageContaining("says 4 rows");
  }

  @Test
  void aChangedByteInTheKeptRowsIsRefused() throws IOException {
    Path out = dir.resolve("flipped.npy");
    NpyWriter.Checkpoint c = abandonAfter(out, NpyDtype.FLOAT32, 4);
    try (RandomAccessFile f = new RandomAccessFile(AtomicFiles.partial(out).toFile(), "rw")) {
      f.seek(c.bytes() - 3);
      int b = f.read();
      f.seek(c.bytes() - 3);
      f.write(b ^ 0x10);
    }
    // keeping fewer rows than the checkpoint does not skip the check of the rest
    assertThatThrownBy(() -> NpyWriter.resume(out, NpyDtype.FLOAT32, ROWS, COLUMNS, c, 2))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("flipped.npy.partial").hasMessageContaining("changed since");
  }

  @Test
  void anotherShapeOrDtypeOrAMissingFileIsRefused() {
    Path out = dir.resolve("f.npy");
    NpyWriter.Checkpoint c = abandonAfter(out, NpyDtype.FLOAT32, 4);
    assertThatThrownBy(() -> NpyWriter.resume(out, NpyDtype.FLOAT32, ROWS + 1, COLUMNS, c, 4))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("expected .npy header");
    assertThatThrownBy(() -> NpyWriter.resume(out, NpyDtype.FLOAT64, ROWS, COLUMNS, c, 4))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("does not fit");
    assertThatThrownBy(() -> NpyWriter.resume(out, NpyDtype.FLOAT32, ROWS, COLUMNS, c, 5))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("does not fit");
    NpyWriter.Checkpoint lying = new NpyWriter.Checkpoint(7, c.bytes() + 3L * COLUMNS * 4,
        c.sha256());
    assertThatThrownBy(() -> NpyWriter.resume(out, NpyDtype.FLOAT32, ROWS, COLUMNS, lying, 7))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("says 7 rows");
    Path none = dir.resolve("none.npy");
    assertThatThrownBy(() -> NpyWriter.resume(none, NpyDtype.FLOAT32, ROWS, COLUMNS, c, 4))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("none.npy.partial");
  }
}
