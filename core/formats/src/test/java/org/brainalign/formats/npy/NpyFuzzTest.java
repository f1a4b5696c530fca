package org.brainalign.formats.npy;

import org.brainalign.formats.npy.NpyMatrix;
import org.brainalign.api.testing.ByteMutants;
import org.brainalign.api.testing.SeededFuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.brainalign.api.InvalidInputException;
import org.brainalign.formats.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzzes {@link NpyMatrix#open} with seeded mutants of numpy-written files: whatever the bytes, the
 * reader either returns a matrix whose every row can be read, or throws an
 * {@link InvalidInputException} naming the file; never another exception, a hang, or an
 * out-of-memory error from a forged size. Reproduce a failure with {@code -Dfuzz.seed=<seed>
 * -Dfuzz.mutants=1} (the seed of mutant {@code i} is {@code fuzz.seed + i}).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NpyFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 1000);
  private static final String[] FIXTURES = {"f4_c_le", "f8_f_be", "v2_f4", "cube_f4_c",
      "cube_f8_f", "u2_f_le", "vector_f4", "bool_c", "i8_c_le"};

  @TempDir Path dir;

  @Test
  void seededMutantsGiveOnlyTypedErrors() throws IOException {
    // Most mutants break the exact-size or header checks; a run where none did fuzzed nothing.
    SeededFuzz.rejectsMoreThan(MUTANTS / 2, SEED, MUTANTS, FIXTURES, (name, rnd) -> {
      byte[] valid = Files.readAllBytes(Fixtures.path("npy/" + name + ".npy"));
      return new ByteMutants(valid, fields(valid), headerEnd(valid)).next(rnd);
    }, this::readsOrRejects);
  }

  @Test
  void everyTruncationIsRejected() throws IOException {
    for (String name : FIXTURES) {
      SeededFuzz.everyTruncationRejected(name,
          Files.readAllBytes(Fixtures.path("npy/" + name + ".npy")), this::readsOrRejects);
    }
  }

  /**
   * Headers numpy never writes, each with the data bytes that follow it, as format 1.0 and 2.0; the
   * last column says whether the file must read or be rejected.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
      "{'descr': '<f4', 'fortran_order': False, 'shape': (9223372036854775807,), } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 4), } ; 16 ; rejects",
      "{'descr': '<f8', 'fortran_order': False, 'shape': (3037000500, 3037000500), } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (2147483648,), } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (-1, 4), } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (4, -1), } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (-2, -2), } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 3000000000), } ; 0 ; rejects",
      "{'descr': '<f4', 'fortran_order': True, 'shape': (0, 3000000000), } ; 0 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 50000, 40000), } ; 0 ; reads",
      "{'descr': '<f4', 'fortran_order': True, 'shape': (0, 50000, 40000), } ; 0 ; reads",
      "{'descr': '<f4', 'fortran_order': True, 'shape': (0, 65536, 32767), } ; 0 ; reads",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (1e9, 4), } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (0x10, 4), } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (4, 1, } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': 4, } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (), } ; 4 ; rejects",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 0), } ; 0 ; reads",
      "{'descr': '<f3', 'fortran_order': False, 'shape': (4,), } ; 12 ; rejects",
      "{'descr': '<f99999999999', 'fortran_order': False, 'shape': (4,), } ; 16 ; rejects",
      "{'descr': '<c16', 'fortran_order': False, 'shape': (1,), } ; 16 ; rejects",
      "{'descr': '|O', 'fortran_order': False, 'shape': (2,), } ; 16 ; rejects",
      "{'descr': '<U8', 'fortran_order': False, 'shape': (1,), } ; 32 ; rejects",
      "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (4,), } ; 16 ; rejects",
      "{'descr': '', 'fortran_order': False, 'shape': (4,), } ; 16 ; rejects",
      "{'descr': '<f4', 'fortran_order': Maybe, 'shape': (4,), } ; 16 ; rejects",
      "{} ; 16 ; rejects",
      "not a dict at all ; 16 ; rejects",
  })
  void forgedHeadersAreRejectedOrRead(String dict, int dataBytes, String outcome)
      throws IOException {
    byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(readsOrRejects(npy(1, text, dataBytes), "forged " + dict)).as(dict)
        .isEqualTo(outcome.equals("reads"));
    assertThat(readsOrRejects(npy(2, text, dataBytes), "forged v2 " + dict)).as("v2 " + dict)
        .isEqualTo(outcome.equals("reads"));
  }

  @Test
  void forgedHeaderLengthsAreRejectedBeforeAllocating() throws IOException {
    byte[] valid = Files.readAllBytes(Fixtures.path("npy/v2_f4.npy"));
    for (long len : new long[] {0, 1, 0xFFFF, 0x7FFF_FFFFL, 0xFFFF_FFFFL, (1 << 20) + 1}) {
      byte[] b = valid.clone();
      ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(8, (int) len);
      assertThat(readsOrRejects(b, "v2 header length " + len)).as("v2 header length %d", len)
          .isFalse();
    }
    // A header over the 1 MiB limit is refused even when the file really holds it.
    byte[] big = npy(2, ("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }"
        + " ".repeat((1 << 20) + 64)).getBytes(StandardCharsets.ISO_8859_1), 4);
    assertThat(readsOrRejects(big, "1 MiB header")).as("1 MiB header").isFalse();
  }

  /**
   * Regression (found by this fuzzer): a Fortran-order array with no rows but 2·10⁹ columns needs no
   * data bytes, yet the reader built a per-column offset table of 16 GB and died of OutOfMemoryError.
   */
  @Test
  void fortranOrderWithZeroRowsAndHugeColumnsAllocatesNothing() throws IOException {
    byte[] b = npy(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (0, 50000, 40000), }"
        .getBytes(StandardCharsets.ISO_8859_1), 0);
    Path file = dir.resolve("fortran_empty.npy");
    Files.write(file, b);
    NpyMatrix m = NpyMatrix.open(file);
    assertThat(m.rows()).isZero();
    assertThat(m.columns()).isEqualTo(2_000_000_000);
  }

  /**
   * Writes {@code bytes} to a fresh file, opens it and reads every row.
   *
   * @return true when the file was read, false when it was rejected with a typed error naming it
   */
  private boolean readsOrRejects(byte[] bytes, String what) throws IOException {
    return SeededFuzz.readsOrRejects(dir, ".npy", bytes, what, file -> {
      NpyMatrix m = NpyMatrix.open(file);
      long cells = (long) m.rows() * m.columns();
      if (cells > 0 && cells < 1_000_000) {
        double[] all = new double[(int) cells];
        m.readRows(0, m.rows(), all);
        float[] some = new float[m.columns()];
        m.readRows(m.rows() - 1, m.rows(), some);
      }
    });
  }

  /** A .npy file of format {@code version} with header text {@code dict} and zero data bytes. */
  private static byte[] npy(int version, byte[] dict, int dataBytes) {
    int prefix = version == 1 ? 10 : 12;
    int pad = (64 - (prefix + dict.length + 1) % 64) % 64;
    int headerLen = dict.length + pad + 1;
    ByteBuffer b = ByteBuffer.allocate(prefix + headerLen + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
    if (version == 1) {
      b.putShort((short) headerLen);
    } else {
      b.putInt(headerLen);
    }
    b.put(dict);
    for (int i = 0; i < pad; i++) {
      b.put((byte) ' ');
    }
    b.put((byte) '\n');
    return b.array();
  }

  private static int headerEnd(byte[] npy) {
    ByteBuffer b = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);
    return npy[6] == 1 ? 10 + (b.getShort(8) & 0xffff) : 12 + b.getInt(8);
  }

  /**
   * The version byte, the header-length field, the start of the descr and shape values, the end of
   * the header and of the file.
   */
  private static int[] fields(byte[] npy) {
    String text = new String(npy, StandardCharsets.ISO_8859_1);
    int end = headerEnd(npy);
    return new int[] {0, 6, 7, 8, 10, 12, text.indexOf("'descr'") + 10,
        text.indexOf("'shape'") + 10, text.indexOf("fortran_order") + 16, end - 1, end,
        npy.length - 1};
  }
}
