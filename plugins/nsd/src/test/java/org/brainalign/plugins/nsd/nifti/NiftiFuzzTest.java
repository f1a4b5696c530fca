package org.brainalign.plugins.nsd.nifti;

import org.brainalign.support.nifti.NiftiReader;
import org.brainalign.support.nifti.NiftiVolume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.brainalign.api.InvalidInputException;
import org.brainalign.plugins.nsd.Fixtures;
import org.brainalign.api.testing.ByteMutants;
import org.brainalign.api.testing.SeededFuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzzes {@link NiftiReader#read} with seeded mutants of nibabel-written files, plain and gzipped:
 * the reader either returns a volume whose voxel count is the product of its dims, or throws an
 * {@link InvalidInputException} naming the file; never another exception, a hang, or an
 * out-of-memory error from a forged dim or offset. A gzipped fixture is mutated either in its
 * compressed bytes or in its header before recompression (so forged sizes reach the reader behind a
 * valid gzip stream, where the file size cannot bound them). Reproduce with
 * {@code -Dfuzz.seed=<seed> -Dfuzz.mutants=1}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NiftiFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 1000);
  private static final String[] FIXTURES = {"int16.nii", "float64_be.nii", "extension.nii", "4d.nii",
      "int8.nii", "scaled_int16.nii", "float32.nii.gz", "int32_be.nii.gz", "uint8.nii.gz"};
  /** sizeof_hdr, dim[0..7], datatype, bitpix, vox_offset, scl_slope, scl_inter, magic, extension. */
  private static final int[] FIELDS = {0, 40, 42, 44, 46, 48, 50, 52, 54, 70, 72, 108, 112, 116,
      344, 347, 348, 352};

  @TempDir Path dir;

  @Test
  void seededMutantsGiveOnlyTypedErrors() throws IOException {
    SeededFuzz.rejectsMoreThan(MUTANTS / 3, SEED, MUTANTS, FIXTURES, (name, rnd) -> {
      byte[] file = Files.readAllBytes(Fixtures.resource("nifti/" + name));
      boolean gz = name.endsWith(".gz");
      boolean inside = gz && rnd.nextBoolean();
      byte[] valid = inside ? gunzip(file) : file;
      int[] fields = gz && !inside ? new int[] {0, 1, 2, 3, 9, 10, file.length - 8, file.length - 4}
          : withEnd(FIELDS, valid.length);
      ByteMutants.Mutant m = new ByteMutants(valid, fields, gz && !inside ? 10 : 352).next(rnd);
      return inside ? new ByteMutants.Mutant("inside the gzip stream, " + m.description(),
          gzip(m.bytes())) : m;
    }, this::readsOrRejects);
  }

  @Test
  void everyTruncationIsRejected() throws IOException {
    for (String name : FIXTURES) {
      byte[] valid = Files.readAllBytes(Fixtures.resource("nifti/" + name));
      SeededFuzz.everyTruncationRejected(name, valid, this::readsOrRejects);
      if (name.equals("uint8.nii.gz")) {
        // Truncated before compression: a complete gzip stream of a short image.
        byte[] raw = gunzip(valid);
        for (int len = 0; len < raw.length; len++) {
          String what = name + " content truncated to " + len + " of " + raw.length + " bytes";
          assertThat(readsOrRejects(gzip(Arrays.copyOf(raw, len)), what)).as(what).isFalse();
        }
      }
    }
  }

  /**
   * Size and type fields forged in int16.nii (dims 4 × 3 × 2), written plain and gzipped. Plain,
   * the file size bounds every size; gzipped, only the data that actually arrives does. The last
   * column says whether the file must read (a non-finite slope means unscaled, as the standard
   * says) or be rejected.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "dims 32767^3 ; 40=3:s 42=32767:s 44=32767:s 46=32767:s ; rejects",
      "dims 32767^2 x 2 (2^31 voxels) ; 40=3:s 42=32767:s 44=32767:s 46=2:s ; rejects",
      "dims 32767^2 int16 (2 GB of data) ; 40=2:s 42=32767:s 44=32767:s ; rejects",
      "dims 32767^2 uint8 (1 GB of data) ; 40=2:s 42=32767:s 44=32767:s 70=2:s 72=8:s ; rejects",
      "dims 32767^2 float64 (8 GB of data) ; 40=2:s 42=32767:s 44=32767:s 70=64:s 72=64:s ; rejects",
      "dims 7 x 32767 (all seven) ; 40=7:s 42=32767:s 44=32767:s 46=32767:s 48=32767:s 50=32767:s 52=32767:s 54=32767:s ; rejects",
      "dim[0] 0 ; 40=0:s ; rejects",
      "dim[0] 8 ; 40=8:s ; rejects",
      "dim[0] -1 ; 40=-1:s ; rejects",
      "dim[2] 0 ; 44=0:s ; rejects",
      "dim[3] -32768 ; 46=-32768:s ; rejects",
      "vox_offset 2^31 - 128 ; 108=2147483520:f ; rejects",
      "vox_offset 1e30 ; 108=1e30:f ; rejects",
      "vox_offset NaN ; 108=NaN:f ; rejects",
      "vox_offset -352 ; 108=-352:f ; rejects",
      "vox_offset 352.5 ; 108=352.5:f ; rejects",
      "vox_offset 0 ; 108=0:f ; rejects",
      "datatype RGB24 ; 70=128:s 72=24:s ; rejects",
      "datatype complex128 ; 70=1792:s 72=128:s ; rejects",
      "datatype -1 ; 70=-1:s ; rejects",
      "bitpix 0 ; 72=0:s ; rejects",
      "bitpix 32767 ; 72=32767:s ; rejects",
      "sizeof_hdr 540 (NIfTI-2) ; 0=540:i ; rejects",
      "sizeof_hdr -1 ; 0=-1:i ; rejects",
      "magic ni1 ; 345=105:b ; rejects",
      "scl_slope Inf ; 112=Infinity:f ; reads",
      "scl_slope NaN, scl_inter Inf ; 112=NaN:f 116=Infinity:f ; reads",
  })
  void forgedFieldsAreRejectedOrRead(String name, String edits, String outcome)
      throws IOException {
    byte[] b = Files.readAllBytes(Fixtures.resource("nifti/int16.nii"));
    ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    for (String edit : edits.trim().split(" ")) {
      int at = Integer.parseInt(edit.substring(0, edit.indexOf('=')));
      String value = edit.substring(edit.indexOf('=') + 1, edit.indexOf(':'));
      switch (edit.charAt(edit.length() - 1)) {
        case 's' -> h.putShort(at, Short.parseShort(value));
        case 'i' -> h.putInt(at, Integer.parseInt(value));
        case 'f' -> h.putFloat(at, Float.parseFloat(value));
        default -> h.put(at, Byte.parseByte(value));
      }
    }
    assertThat(readsOrRejects(b, name + " (plain)")).as(name + " (plain)")
        .isEqualTo(outcome.equals("reads"));
    assertThat(readsOrRejects(gzip(b), name + " (gzipped)")).as(name + " (gzipped)")
        .isEqualTo(outcome.equals("reads"));
  }

  /**
   * Regression (found by this fuzzer): a {@code .nii.gz} cut inside its 8-byte trailer, or with a
   * wrong CRC, was read without complaint because the reader stopped once it had the voxels.
   */
  @Test
  void gzipTrailerIsChecked() throws IOException {
    byte[] valid = Files.readAllBytes(Fixtures.resource("nifti/float32.nii.gz"));
    Path cut = dir.resolve("cut.nii.gz");
    Files.write(cut, Arrays.copyOf(valid, valid.length - 9));
    assertThat(catchThrowable(() -> NiftiReader.read(cut)))
        .isInstanceOf(org.brainalign.api.DataFormatException.class)
        .hasMessageContaining("cut.nii.gz").hasMessageContaining("truncated gzip stream");
    byte[] badCrc = valid.clone();
    badCrc[valid.length - 8] ^= 1;
    Path crc = dir.resolve("crc.nii.gz");
    Files.write(crc, badCrc);
    assertThat(catchThrowable(() -> NiftiReader.read(crc)))
        .isInstanceOf(org.brainalign.api.DataFormatException.class)
        .hasMessageContaining("crc.nii.gz").hasMessageContaining("corrupt gzip data");
  }

  /**
   * Writes {@code bytes} to a fresh file and reads it.
   *
   * @return true when read, false when rejected with a typed error naming the file
   */
  private boolean readsOrRejects(byte[] bytes, String what) throws IOException {
    return SeededFuzz.readsOrRejects(dir, ".nii.gz", bytes, what, file -> {
      NiftiVolume v = NiftiReader.read(file);
      long voxels = Arrays.stream(v.dims()).asLongStream().reduce(1, (a, c) -> a * c);
      assertThat(v.data()).as(what).hasSize((int) voxels);
    });
  }

  private static int[] withEnd(int[] fields, int length) {
    int[] out = Arrays.copyOf(fields, fields.length + 1);
    out[fields.length] = length - 1;
    return out;
  }

  private static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(raw);
    }
    return bytes.toByteArray();
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
