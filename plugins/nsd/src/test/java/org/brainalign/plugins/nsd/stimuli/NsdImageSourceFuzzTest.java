package org.brainalign.plugins.nsd.stimuli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.testing.ByteMutants;
import org.brainalign.plugins.nsd.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes {@link NsdImageSource} (jHDF underneath) with seeded mutants of two h5py-written
 * {@code nsd_stimuli.hdf5} files in the real image size, {@code /imgBrick} uint8
 * {@code (N, 425, 425, 3)}: contiguous (N = 1) and chunked one image per chunk with gzip (N = 2).
 * Reading every image must succeed (an image of {@code rows × columns × 3} bytes) or throw an
 * {@link InvalidInputException} naming the file; never another exception, a hang, or an
 * out-of-memory error. Reproduce with {@code -Dfuzz.seed=<seed> -Dfuzz.mutants=1}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NsdImageSourceFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 300);
  private static final String[] FIXTURES = {"contiguous.hdf5", "gzip-chunked.hdf5"};
  private static final int[] IMAGES = {1, 2};

  @TempDir Path dir;

  private static byte[] fixture(int k) throws IOException {
    return Files.readAllBytes(Fixtures.resource("stimuli-fuzz/" + FIXTURES[k]));
  }

  /** The value generate_fixtures.py's pixel() puts at (row r, column c, channel ch) of image k. */
  private static byte pixel(int k, int r, int c, int ch) {
    return (byte) ((k * 7 + r * 31 + c * 5 + ch) % 256);
  }

  @Test
  void theValidFilesReadExactly() throws IOException {
    for (int k = 0; k < FIXTURES.length; k++) {
      int n = IMAGES[k];
      try (NsdImageSource s = source(Fixtures.resource("stimuli-fuzz/" + FIXTURES[k]), n)) {
        for (int i = 0; i < n; i++) {
          RgbImage img = s.read(i);
          assertThat(img.width()).isEqualTo(425);
          assertThat(img.height()).isEqualTo(425);
          byte[] expected = new byte[425 * 425 * 3];
          for (int r = 0, at = 0; r < 425; r++) {
            for (int c = 0; c < 425; c++) {
              for (int ch = 0; ch < 3; ch++) {
                expected[at++] = pixel(i, r, c, ch);
              }
            }
          }
          assertThat(img.pixels()).as(FIXTURES[k] + " image " + i).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void seededMutantsGiveOnlyTypedErrors() throws IOException {
    byte[][] valid = {fixture(0), fixture(1)};
    int rejected = 0;
    for (int i = 0; i < MUTANTS; i++) {
      long seed = SEED + i;
      Random rnd = new Random(seed);
      int k = rnd.nextInt(FIXTURES.length);
      ByteMutants.Mutant m = new ByteMutants(valid[k], fields(valid[k]), 2048).next(rnd);
      if (!readsOrRejects(m.bytes(), IMAGES[k], "seed " + seed + " mutant " + i + " of "
          + FIXTURES[k] + ": " + m.description())) {
        rejected++;
      }
    }
    assertThat(rejected).as("seed %d: rejected mutants of %d", SEED, MUTANTS)
        .isGreaterThan(MUTANTS / 5);
  }

  @Test
  void truncationsGiveOnlyTypedErrors() throws IOException {
    for (int k = 0; k < FIXTURES.length; k++) {
      byte[] valid = fixture(k);
      int step = valid.length > 100_000 ? 997 : 97;
      for (int len = 0; len < valid.length; len += len < 4096 ? 61 : step) {
        readsOrRejects(Arrays.copyOf(valid, len), IMAGES[k], FIXTURES[k] + " truncated to " + len);
      }
    }
  }

  /**
   * Forged sizes, found in the file by their values: the dataspace's four 8-byte dimensions, the
   * contiguous layout's data size and address, and the chunked layout's 4-byte chunk dimensions,
   * each set to 0, 1, 2^31 − 1, 2^32 − 1, 2^40 and −1.
   */
  @Test
  void forgedSizesGiveOnlyTypedErrors() throws IOException {
    long[] values = {0, 1, 0x7FFF_FFFFL, 0xFFFF_FFFFL, 1L << 40, -1};
    int forged = 0;
    for (int k = 0; k < FIXTURES.length; k++) {
      byte[] valid = fixture(k);
      List<int[]> fields = new ArrayList<>(); // {offset, width}
      int dims = find(valid, 8, IMAGES[k], 425, 425, 3);
      for (int d = 0; d < 4; d++) {
        fields.add(new int[] {dims + 8 * d, 8});
      }
      if (k == 0) {
        int size = find(valid, 8, 425L * 425 * 3);
        fields.add(new int[] {size, 8});
        fields.add(new int[] {size - 8, 8}); // the data address precedes the size
      } else {
        int chunk = find(valid, 4, 1, 425, 425, 3);
        for (int d = 0; d < 4; d++) {
          fields.add(new int[] {chunk + 4 * d, 4});
        }
      }
      for (int[] f : fields) {
        for (long v : values) {
          byte[] b = valid.clone();
          for (int i = 0; i < f[1]; i++) {
            b[f[0] + i] = (byte) (v >>> (8 * i));
          }
          readsOrRejects(b, IMAGES[k], FIXTURES[k] + ": " + f[1] + "-byte field at " + f[0]
              + " forged to " + v);
          forged++;
        }
      }
    }
    assertThat(forged).isEqualTo(6 * (6 + 8));
  }

  /**
   * Defects found by this fuzzer, each as a field located by its value and forged: jHDF's
   * {@code ArithmeticException} escaped unwrapped (an image count over 2^31; an 8-byte field of
   * the chunk index set to −2^63 gave "Could not convert to unsigned value"); the other cases show
   * which check now refuses a forged size before jHDF allocates for it (a forged image size, chunk
   * size, or first chunk's stored size). A contiguous layout's data size forged to 2^40 is not
   * among them: jHDF ignores it and reads the image from the dimensions.
   */
  @Test
  void regressionsAreRejectedWithTheirMessage() throws IOException {
    byte[] contiguous = fixture(0);
    int dims = find(contiguous, 8, 1, 425, 425, 3);
    byte[] gzip = fixture(1);
    int chunk = find(gzip, 4, 1, 425, 425, 3);
    int tree = chunkTree(gzip);
    Object[][] cases = {
        {contiguous, dims, 8, 0xFFFF_FFFFL, "cannot read image"},
        {contiguous, dims + 8, 8, 1L << 20, "more than a quarter of the heap"},
        {gzip, chunk + 4, 4, 0x7FFF_FFFFL, "chunks of"},
        {gzip, tree + 24, 8, Long.MIN_VALUE, "cannot read image"},
        {gzip, tree + 24, 4, 0x7FFF_FFFFL, "bytes of stored data"},
    };
    for (Object[] c : cases) {
      byte[] b = ((byte[]) c[0]).clone();
      int at = (int) c[1];
      for (int i = 0; i < (int) c[2]; i++) {
        b[at + i] = (byte) ((long) c[3] >>> (8 * i));
      }
      Path file = dir.resolve("regression.hdf5");
      Files.write(file, b);
      String what = (b.length == contiguous.length ? "contiguous" : "gzip") + " field at " + at
          + " = " + c[3];
      assertThat(catchThrowable(() -> {
        try (NsdImageSource s = source(file, 1)) {
          s.read(0);
        }
      })).as(what).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(file.toString()).hasMessageContaining((String) c[4]);
    }
  }

  /** The offset of {@code values} written as consecutive little-endian integers of {@code width}. */
  private static int find(byte[] b, int width, long... values) {
    ByteBuffer want = ByteBuffer.allocate(width * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      if (width == 8) {
        want.putLong(v);
      } else {
        want.putInt((int) v);
      }
    }
    byte[] w = want.array();
    outer:
    for (int i = 0; i + w.length <= b.length; i++) {
      for (int j = 0; j < w.length; j++) {
        if (b[i + j] != w[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("fixture lacks " + Arrays.toString(values) + ": regenerate it?");
  }

  private static NsdImageSource source(Path file, int n) {
    List<String> ids = new ArrayList<>();
    int[] images = new int[n];
    for (int i = 0; i < n; i++) {
      ids.add("nsd" + i);
      images[i] = i;
    }
    return new NsdImageSource(file, ids, images);
  }

  /**
   * Writes {@code bytes} to a fresh file and reads each of its {@code n} images, then one 100 past
   * the end (rejected, unless a forged image count makes it an unallocated chunk, which HDF5 reads
   * as the fill value).
   *
   * @return true when every image read, false when one was rejected with a typed error naming the
   *     file
   */
  private boolean readsOrRejects(byte[] bytes, int n, String what) throws IOException {
    Path file = Files.createTempFile(dir, "mutant", ".hdf5");
    Files.write(file, bytes);
    List<String> ids = new ArrayList<>();
    int[] images = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      ids.add("nsd" + i);
      images[i] = i < n ? i : n + 100;
    }
    boolean[] inRange = {false};
    Throwable t = catchThrowable(() -> {
      try (NsdImageSource s = new NsdImageSource(file, ids, images)) {
        for (int i = 0; i <= n; i++) {
          RgbImage img = s.read(i);
          assertThat(img.pixels()).as(what).hasSize(img.width() * img.height() * 3);
          inRange[0] = i == n - 1;
        }
      }
    });
    Files.delete(file);
    if (t == null || inRange[0] && t instanceof InvalidInputException
        && t.getMessage().contains("out of range")) {
      return true;
    }
    assertThat(t).as("%s: only InvalidInputException naming the file may escape", what)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(file.getFileName().toString());
    return false;
  }

  /**
   * The superblock fields, every 8th byte of the metadata (the first 2048 bytes), and every 4th of
   * the chunk index's first node beyond them.
   */
  private static int[] fields(byte[] b) {
    List<Integer> out = new ArrayList<>(List.of(0, 8, 13, 14, 24, 40, 64, 80, 88, b.length - 1));
    for (int k = 96; k < Math.min(b.length, 2048); k += 8) {
      out.add(k);
    }
    int tree = chunkTree(b);
    for (int k = Math.max(tree, 2048); tree >= 0 && k < Math.min(b.length, tree + 256); k += 4) {
      out.add(k);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The offset of the chunk index's first B-tree node (signature TREE, node type 1), or -1. */
  private static int chunkTree(byte[] b) {
    for (int t = indexOf(b, "TREE", 0); t >= 0; t = indexOf(b, "TREE", t + 4)) {
      if (t + 4 < b.length && b[t + 4] == 1) {
        return t;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, String tag, int from) {
    byte[] t = tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    outer:
    for (int i = from; i + t.length <= b.length; i++) {
      for (int j = 0; j < t.length; j++) {
        if (b[i + j] != t[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
