package org.brainalign.plugins.nsd.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
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
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.brainalign.api.InvalidInputException;
import org.brainalign.plugins.nsd.Fixtures;
import org.brainalign.api.testing.ByteMutants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzzes {@link ExpDesignReader#read} (MATLAB level-5 {@code nsd_expdesign.mat} through MFL) with
 * seeded mutants of the uncompressed fixture and of the compressed one, whose compressed elements
 * are mutated either as stored or inflated, mutated and deflated again (so forged tags, dims and
 * sizes reach the parser behind a valid zlib stream). The reader must return a design whose ids are
 * in range, or throw an {@link InvalidInputException} naming the file; never another exception, a
 * hang or an out-of-memory error. Reproduce with {@code -Dfuzz.seed=<seed> -Dfuzz.mutants=1}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ExpDesignFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 600);
  private static final int MI_MATRIX = 14;
  private static final int MI_COMPRESSED = 15;

  @TempDir Path dir;

  @Test
  void seededMutantsGiveOnlyTypedErrors() throws IOException {
    byte[] plain = Files.readAllBytes(Fixtures.resource("design/nsd_expdesign_uncompressed.mat"));
    byte[] compressed = Files.readAllBytes(
        Fixtures.root().resolve("nsddata/experiments/nsd/nsd_expdesign.mat"));
    List<byte[]> elements = elements(compressed);
    int rejected = 0;
    for (int i = 0; i < MUTANTS; i++) {
      long seed = SEED + i;
      Random rnd = new Random(seed);
      String what;
      byte[] bytes;
      switch (rnd.nextInt(3)) {
        case 0 -> {
          ByteMutants.Mutant m = new ByteMutants(plain, fields(plain, 128), 2104).next(rnd);
          what = "uncompressed: " + m.description();
          bytes = m.bytes();
        }
        case 1 -> {
          ByteMutants.Mutant m = new ByteMutants(compressed, topFields(compressed), 160).next(rnd);
          what = "compressed, as stored: " + m.description();
          bytes = m.bytes();
        }
        default -> {
          int e = rnd.nextInt(elements.size());
          byte[] inner = inflate(elements.get(e));
          ByteMutants.Mutant m = new ByteMutants(inner, fields(inner, 0), 64).next(rnd);
          List<byte[]> changed = new ArrayList<>(elements);
          changed.set(e, deflated(m.bytes()));
          what = "compressed element " + e + ", inflated: " + m.description();
          bytes = file(compressed, changed);
        }
      }
      if (!readsOrRejects(bytes, "seed " + seed + " mutant " + i + " of the " + what)) {
        rejected++;
      }
    }
    assertThat(rejected).as("seed %d: rejected mutants of %d", SEED, MUTANTS)
        .isGreaterThan(MUTANTS / 3);
  }

  /**
   * A file cut anywhere is rejected, except exactly between two top-level elements after the two
   * variables the reader needs: that is a valid MAT file with fewer variables, and it must give the
   * same design as the whole file.
   */
  @Test
  void truncationsAreRejectedUnlessBetweenElements() throws IOException {
    byte[] plain = Files.readAllBytes(Fixtures.resource("design/nsd_expdesign_uncompressed.mat"));
    byte[] compressed = Files.readAllBytes(
        Fixtures.root().resolve("nsddata/experiments/nsd/nsd_expdesign.mat"));
    TrialDesign whole = read(compressed, "whole compressed file");
    for (int len = 0; len < compressed.length; len++) {
      checkTruncation(compressed, len, whole);
    }
    // The uncompressed file is 31 kB: every field boundary, then every 97th byte.
    List<Integer> cuts = new ArrayList<>();
    for (int f : fields(plain, 128)) {
      cuts.addAll(List.of(f, f + 1, f + 4));
    }
    for (int len = 0; len < plain.length; len += 97) {
      cuts.add(len);
    }
    for (int len : new java.util.TreeSet<>(cuts)) {
      if (len < plain.length) {
        checkTruncation(plain, len, whole);
      }
    }
  }

  private void checkTruncation(byte[] valid, int len, TrialDesign whole) throws IOException {
    String what = "file of " + valid.length + " bytes truncated to " + len;
    ByteBuffer b = ByteBuffer.wrap(valid).order(ByteOrder.LITTLE_ENDIAN);
    // masterordering and subjectim are the first two elements of the fixtures.
    int needed = 128;
    for (int e = 0; e < 2; e++) {
      needed += 8 + b.getInt(needed + 4);
    }
    boolean boundary = false;
    for (int off = needed; off < valid.length; off += 8 + b.getInt(off + 4)) {
      boundary |= off == len;
    }
    TrialDesign cut = read(Arrays.copyOf(valid, len), what);
    if (boundary) {
      assertThat(cut).as(what + ", between elements").isNotNull();
      assertThat(cut.images()).as(what).containsExactly(whole.images());
    } else {
      assertThat(cut).as(what).isNull();
    }
  }

  /**
   * Size fields of subjectim (the second element) forged: in the uncompressed file its element size
   * (byte 588) and its dims (616, 620); inside the compressed file, after inflating, its matrix tag
   * size (4), dims (32, 36) and sub-element tag sizes (28, 44; 612, 628, 652 uncompressed). Each
   * must be refused without allocating what it announces. Regression (found by this fuzzer): MFL
   * allocated the 2 GB announced by the name tag inside a compressed element (OutOfMemoryError).
   */
  @ParameterizedTest(name = "{0} = {2}")
  @CsvSource({
      "uncompressed element size, 588, 2147483647",
      "uncompressed element size, 588, -1",
      "uncompressed element size, 588, 8",
      "uncompressed dims rows, 616, 2147483647",
      "uncompressed dims columns, 620, 2147483647",
      "uncompressed dims columns, 620, -5",
      "compressed matrix tag size, 4, 2147483647",
      "compressed matrix tag size, 4, -1",
      "compressed dims rows, 32, 2147483647",
      "compressed dims columns, 36, 2147483647",
      "compressed dims columns, 36, 0",
      "compressed name tag size, 44, 2147483647",
      "compressed name tag size, 44, 1000000",
      "compressed dims tag size, 28, 2147483647",
      "uncompressed dims tag size, 612, 2147483647",
      "uncompressed name tag size, 628, 2147483647",
      "uncompressed data tag size, 652, 2147483647",
  })
  void forgedSizesAreRejected(String field, int at, int value) throws IOException {
    byte[] bytes;
    if (field.startsWith("uncompressed")) {
      bytes = Files.readAllBytes(Fixtures.resource("design/nsd_expdesign_uncompressed.mat"));
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    } else {
      byte[] compressed = Files.readAllBytes(
          Fixtures.root().resolve("nsddata/experiments/nsd/nsd_expdesign.mat"));
      List<byte[]> elements = new ArrayList<>(elements(compressed));
      byte[] inner = inflate(elements.get(1));
      ByteBuffer.wrap(inner).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
      elements.set(1, deflated(inner));
      bytes = file(compressed, elements);
    }
    assertThat(read(bytes, field + " = " + value)).as("%s = %d", field, value).isNull();
  }

  /**
   * Regression (found by this fuzzer): MFL ignores fewer than 8 trailing bytes, so a file cut inside
   * the tag of a variable after subjectim was read as if complete.
   */
  @Test
  void fileCutInsideATrailingTagIsReportedAsTruncated() throws IOException {
    byte[] compressed = Files.readAllBytes(
        Fixtures.root().resolve("nsddata/experiments/nsd/nsd_expdesign.mat"));
    Path cut = dir.resolve("nsd_expdesign.mat");
    Files.write(cut, Arrays.copyOf(compressed, 852)); // one byte into the tag of 'sharedix'
    assertThat(catchThrowable(() -> ExpDesignReader.read(cut, 1)))
        .isInstanceOf(org.brainalign.api.DataFormatException.class)
        .hasMessageContaining(cut.toString())
        .hasMessageContaining("not a complete MATLAB level-5 .mat file")
        .hasMessageContaining("the elements end at byte 851 but the file has 852 bytes");
  }

  private boolean readsOrRejects(byte[] bytes, String what) throws IOException {
    return read(bytes, what) != null;
  }

  /**
   * Writes {@code bytes} to a fresh file and reads subject 1's design from it.
   *
   * @return the design, or null when the file was rejected with a typed error naming it
   */
  private TrialDesign read(byte[] bytes, String what) throws IOException {
    Path file = Files.createTempFile(dir, "mutant", ".mat");
    Files.write(file, bytes);
    TrialDesign[] design = new TrialDesign[1];
    Throwable t = catchThrowable(() -> {
      TrialDesign d = ExpDesignReader.read(file, 1);
      assertThat(Arrays.stream(d.images())).as(what)
          .allMatch(i -> i >= 0 && i < ExpDesignReader.NSD_IMAGES);
      design[0] = d;
    });
    if (t == null) {
      return design[0];
    }
    assertThat(t).as("%s: only InvalidInputException naming the file may escape", what)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(file.getFileName().toString());
    return null;
  }

  /**
   * The offsets of the header's subsystem, version and endian fields, and of every element and
   * sub-element tag (type and size) and dims value, walking from {@code start}.
   */
  private static int[] fields(byte[] mat, int start) {
    List<Integer> out = new ArrayList<>(List.of(116, 124, 126));
    ByteBuffer b = ByteBuffer.wrap(mat).order(ByteOrder.LITTLE_ENDIAN);
    int off = start;
    while (off + 8 <= mat.length) {
      int type = b.getInt(off);
      int size = b.getInt(off + 4);
      out.addAll(List.of(off, off + 4));
      if (type == MI_MATRIX) {
        int p = off + 8;
        while (p + 8 <= Math.min(mat.length, off + 8 + size)) {
          int st = b.getInt(p);
          out.addAll(List.of(p, p + 4, p + 8, p + 12));
          p += (st >>> 16) != 0 ? 8 : 8 + (b.getInt(p + 4) + 7) / 8 * 8;
        }
      }
      if (size < 0) {
        break;
      }
      off += 8 + size;
    }
    out.add(mat.length - 1);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The header fields and the top-level tags of a file. */
  private static int[] topFields(byte[] mat) {
    List<Integer> out = new ArrayList<>(List.of(116, 124, 126, mat.length - 1));
    ByteBuffer b = ByteBuffer.wrap(mat).order(ByteOrder.LITTLE_ENDIAN);
    for (int off = 128; off + 8 <= mat.length; off += 8 + b.getInt(off + 4)) {
      out.addAll(List.of(off, off + 4, off + 8, off + 9));
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The data of each top-level element of a valid file (the deflated bytes of a compressed one). */
  private static List<byte[]> elements(byte[] mat) {
    List<byte[]> out = new ArrayList<>();
    ByteBuffer b = ByteBuffer.wrap(mat).order(ByteOrder.LITTLE_ENDIAN);
    for (int off = 128; off + 8 <= mat.length; off += 8 + b.getInt(off + 4)) {
      assertThat(b.getInt(off)).isEqualTo(MI_COMPRESSED);
      out.add(Arrays.copyOfRange(mat, off + 8, off + 8 + b.getInt(off + 4)));
    }
    return out;
  }

  /** The 128-byte header of {@code like} followed by one miCOMPRESSED element per entry. */
  private static byte[] file(byte[] like, List<byte[]> deflatedElements) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(like, 0, 128);
    for (byte[] e : deflatedElements) {
      ByteBuffer tag = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      tag.putInt(MI_COMPRESSED).putInt(e.length);
      out.write(tag.array(), 0, 8);
      out.write(e, 0, e.length);
    }
    return out.toByteArray();
  }

  private static byte[] inflate(byte[] deflated) {
    Inflater inf = new Inflater();
    inf.setInput(deflated);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    try {
      while (!inf.finished()) {
        int n = inf.inflate(buf);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
          break;
        }
        out.write(buf, 0, n);
      }
    } catch (DataFormatException e) {
      throw new IllegalStateException("fixture element does not inflate", e);
    } finally {
      inf.end();
    }
    return out.toByteArray();
  }

  private static byte[] deflated(byte[] raw) {
    Deflater def = new Deflater();
    def.setInput(raw);
    def.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!def.finished()) {
      out.write(buf, 0, def.deflate(buf));
    }
    def.end();
    return out.toByteArray();
  }
}
