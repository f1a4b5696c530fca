package org.brainalign.plugins.nsd.betas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Fuzzes {@link BetaSessionFile} (jHDF underneath) with seeded mutants of the miniature tree's
 * session files: {@code betas_fithrf_GLMdenoise_RR} (chunked one voxel × all trials, no filter: the
 * CHUNKS path) and {@code betas_assumehrf} (chunked (12, 2, 3, 4) with gzip: the PLANES path).
 * Opening and reading every voxel with each strategy must succeed or throw an
 * {@link InvalidInputException} naming the file; never another exception, a hang, or an
 * out-of-memory error. Reproduce with {@code -Dfuzz.seed=<seed> -Dfuzz.mutants=1}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BetaSessionFileFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 400);
  private static final String[] FIXTURES = {
      "betas_fithrf_GLMdenoise_RR/betas_session01.hdf5", "betas_assumehrf/betas_session01.hdf5"};

  @TempDir Path dir;

  private static byte[] fixture(String name) throws IOException {
    return Files.readAllBytes(Fixtures.root()
        .resolve("nsddata_betas/ppdata/subj01/func1pt8mm/" + name));
  }

  @Test
  void seededMutantsGiveOnlyTypedErrors() throws IOException {
    SeededFuzz.rejectsMoreThan(MUTANTS / 5, SEED, MUTANTS, FIXTURES, (name, rnd) -> {
      byte[] valid = fixture(name);
      return new ByteMutants(valid, fields(valid.length), 2048).next(rnd);
    }, this::readsOrRejects);
  }

  @Test
  void truncationsGiveOnlyTypedErrors() throws IOException {
    for (String name : FIXTURES) {
      byte[] valid = fixture(name);
      for (int len = 0; len < valid.length; len += 97) {
        readsOrRejects(Arrays.copyOf(valid, len), name + " truncated to " + len);
      }
    }
  }

  /**
   * Regressions (found by this fuzzer), as a length and byte edits {@code offset=value} of
   * betas_assumehrf/betas_session01.hdf5: jHDF's ArithmeticException escaped from a truncated file,
   * a forged chunk size made jHDF allocate until OutOfMemoryError on the plane path, and a forged
   * dataspace gave a grid of more than 2^31 voxels. The last column is the check that must reject
   * each (the out-of-memory case depends on the heap, so its message is what proves the fix).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "seed 20261147: ArithmeticException ; 1711 ; ; is not a readable HDF5 betas file",
      "seed 215: OutOfMemoryError ; 8812 ; 1483=80 8062=23 ; bytes of stored chunks",
      "seed 1750: grid over 2^31 voxels ; 8812 ; 268=139 8443=93 859=100 966=104 ; more than 2^31 voxels",
  })
  void regressionMutantsAreRejected(String name, int length, String edits, String message)
      throws IOException {
    byte[] b = ByteMutants.edited(fixture(FIXTURES[1]), length, edits);
    SeededFuzz.regressionRejected(name, dir.resolve("regression.hdf5"), b, file -> {
      try (BetaSessionFile f = BetaSessionFile.open(file)) {
        f.readVoxels(new int[] {0, 1, 2}, ReadStrategy.PLANES);
      }
    }, message);
  }

  /**
   * Writes {@code bytes} to a fresh file, opens it and reads all its voxels with each strategy.
   *
   * @return true when everything read, false when rejected with a typed error naming the file
   */
  private boolean readsOrRejects(byte[] bytes, String what) throws IOException {
    return SeededFuzz.readsOrRejects(dir, ".hdf5", bytes, what, file -> {
      try (BetaSessionFile f = BetaSessionFile.open(file)) {
        int[] g = f.grid();
        int[] flat = new int[(int) Math.min(200, (long) g[0] * g[1] * g[2])];
        for (int v = 0; v < flat.length; v++) {
          flat[v] = v;
        }
        for (ReadStrategy s : ReadStrategy.values()) {
          assertThat(f.readVoxels(flat, s)).as(what).hasSize(flat.length * f.trials());
        }
      }
    });
  }

  /** The superblock fields and every 8th byte of the metadata (object headers, B-tree, heap). */
  private static int[] fields(int length) {
    List<Integer> out = new ArrayList<>(List.of(0, 8, 13, 14, 24, 40, 64, 80, 88, length - 1));
    for (int k = 96; k < Math.min(length, 2048); k += 8) {
      out.add(k);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
