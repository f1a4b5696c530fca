package org.brainalign.formats.hdf5;

import org.brainalign.api.testing.ByteMutants;
import org.brainalign.api.testing.SeededFuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.formats.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzzes {@link Hdf5MatrixReader#read} (jHDF underneath) with seeded mutants of matrices.h5 (h5py,
 * superblock version 0): truncations, byte flips and forged fields in the superblock and the object
 * headers of its datasets ({@code /features} chunked with gzip, {@code /group/int16} and
 * {@code /vector} contiguous). Reading must give a matrix or an {@link InvalidInputException} naming
 * the file; never another exception, a hang, or an out-of-memory error. Reproduce with
 * {@code -Dfuzz.seed=<seed> -Dfuzz.mutants=1}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class Hdf5MatrixReaderFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 400);
  private static final String[] DATASETS = {"/features", "/group/int16", "/vector"};
  /** Object header addresses of /features, /group, /group/int16, /vector and /cube (h5py). */
  private static final int[] OBJECT_HEADERS = {800, 6064, 6768, 7368, 7640};
  /** First byte of raw data: chunks of /features start here, everything before is metadata. */
  private static final int FIRST_DATA = 4016;

  @TempDir Path dir;

  @Test
  void seededMutantsGiveOnlyTypedErrors() throws IOException {
    byte[] valid = Files.readAllBytes(Fixtures.path("matrices.h5"));
    ByteMutants mutants = new ByteMutants(valid, fields(valid.length), FIRST_DATA);
    int rejected = 0;
    for (int i = 0; i < MUTANTS; i++) {
      long seed = SEED + i;
      Random rnd = new Random(seed);
      String dataset = DATASETS[rnd.nextInt(DATASETS.length)];
      ByteMutants.Mutant m = mutants.next(rnd);
      if (!readsOrRejects(m.bytes(), dataset, "seed " + seed + " mutant " + i + " reading "
          + dataset + ": " + m.description())) {
        rejected++;
      }
    }
    assertThat(rejected).as("seed %d: rejected mutants of %d", SEED, MUTANTS)
        .isGreaterThan(MUTANTS / 5);
  }

  @Test
  void truncationsGiveOnlyTypedErrors() throws IOException {
    byte[] valid = Files.readAllBytes(Fixtures.path("matrices.h5"));
    List<Integer> cuts = new ArrayList<>();
    for (int f : fields(valid.length)) {
      cuts.add(f);
    }
    for (int len = 0; len < valid.length; len += 61) {
      cuts.add(len);
    }
    for (int len : cuts) {
      for (String dataset : DATASETS) {
        String what = dataset + " in the file truncated to " + len + " of " + valid.length;
        readsOrRejects(Arrays.copyOf(valid, Math.min(len, valid.length - 1)), dataset, what);
      }
    }
  }

  /**
   * Regressions (found by this fuzzer), as byte edits {@code offset=value} of matrices.h5: jHDF threw
   * IllegalArgumentException on a file cut to 8 bytes and ArithmeticException on corrupt B-tree
   * bytes (neither was wrapped), and a forged chunk size made it allocate until OutOfMemoryError.
   * The last column is the check that must reject each.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "cut to 8 bytes ; 8 ; ; cannot read as HDF5",
      "seed 20261128: ArithmeticException ; 7912 ; 3990=249 1803=28 3938=119 4290=181 1637=196 1841=72 2776=135 3821=198 ; cannot read as HDF5",
      "seed 20261258: OutOfMemoryError ; 7912 ; 7559=112 2233=252 812=120 3212=142 1507=87 7552=101 2197=166 ; bytes of stored data",
  })
  void regressionMutantsAreRejected(String name, int length, String edits, String message)
      throws IOException {
    byte[] b = ByteMutants.edited(Files.readAllBytes(Fixtures.path("matrices.h5")), length, edits);
    SeededFuzz.regressionRejected(name, dir.resolve("regression.h5"), b,
        file -> Hdf5MatrixReader.read(file, "/features"), message);
  }

  /**
   * Writes {@code bytes} to a fresh file and reads {@code dataset}.
   *
   * @return true when read, false when rejected with a typed error naming the file
   */
  private boolean readsOrRejects(byte[] bytes, String dataset, String what) throws IOException {
    return SeededFuzz.readsOrRejects(dir, ".h5", bytes, what, file -> {
      DenseMatrix m = Hdf5MatrixReader.read(file, dataset);
      assertThat(m.rows()).as(what).isNotNegative();
    });
  }

  /**
   * Superblock fields (version, size of offsets and lengths, base and end-of-file addresses, the
   * root group's object header, B-tree and heap addresses) and every 4th byte of the first 96 bytes
   * of each object header.
   */
  private static int[] fields(int length) {
    List<Integer> out = new ArrayList<>(List.of(0, 8, 13, 14, 24, 40, 64, 80, 88, FIRST_DATA,
        4252, 4322, length - 1));
    for (int h : OBJECT_HEADERS) {
      for (int k = 0; k < 96; k += 4) {
        out.add(h + k);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
