package org.brainalign.api.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.brainalign.api.InvalidInputException;

/**
 * The two halves every binary reader's fuzz test shares: the verdict on one file (it reads, or it
 * is rejected with an {@link InvalidInputException} naming the file, never anything else) and the
 * seeded loop over mutants of committed fixtures. Mutant {@code i} is drawn from
 * {@code new Random(firstSeed + i)}, and that seed is in every failure message, so one failure is
 * reproduced alone with {@code -Dfuzz.seed=<seed> -Dfuzz.mutants=1}.
 */
public final class SeededFuzz {
  private SeededFuzz() {}

  /** Mutates one fixture, drawing every choice from the mutant's {@link Random}. */
  @FunctionalInterface
  public interface MutantSource {
    /**
     * @param fixture the fixture's name, drawn from the same {@code rnd} just before
     * @param rnd the mutant's seeded source of randomness
     */
    ByteMutants.Mutant mutate(String fixture, Random rnd) throws IOException;
  }

  /** A reader under test, given a file's bytes and what they are (for failure messages). */
  @FunctionalInterface
  public interface Reader {
    /** @return true when the bytes read, false when they were rejected with a typed error */
    boolean readsOrRejects(byte[] bytes, String what) throws IOException;
  }

  /**
   * Reads {@code count} seeded mutants and asserts that more than {@code floor} were rejected (a run
   * where fewer were fuzzed little): mutant {@code i} picks a fixture name with
   * {@code new Random(firstSeed + i)} and mutates it with the same {@code Random}.
   */
  public static void rejectsMoreThan(int floor, long firstSeed, int count, String[] fixtures,
      MutantSource source, Reader reader) throws IOException {
    int rejected = 0;
    for (int i = 0; i < count; i++) {
      long seed = firstSeed + i;
      Random rnd = new Random(seed);
      String name = fixtures[rnd.nextInt(fixtures.length)];
      ByteMutants.Mutant m = source.mutate(name, rnd);
      if (!reader.readsOrRejects(m.bytes(), "seed " + seed + " mutant " + i + " of " + name + ": "
          + m.description())) {
        rejected++;
      }
    }
    assertThat(rejected).as("seed %d: rejected mutants of %d", firstSeed, count).isGreaterThan(floor);
  }

  /** Asserts that the reader rejects every proper prefix of {@code valid}, the empty file included. */
  public static void everyTruncationRejected(String name, byte[] valid, Reader reader)
      throws IOException {
    for (int len = 0; len < valid.length; len++) {
      String what = name + " truncated to " + len + " of " + valid.length + " bytes";
      assertThat(reader.readsOrRejects(Arrays.copyOf(valid, len), what)).as(what).isFalse();
    }
  }

  /**
   * Writes {@code bytes} to a fresh file in {@code dir} and runs {@code read} on it.
   *
   * @param suffix the file's ending ({@code .npy}), which some readers go by
   * @param read reads the file it is given completely, asserting what it read is whole
   * @return true when the file was read, false when it was rejected with an
   *     {@link InvalidInputException} naming it; any other throwable fails the test with {@code what}
   */
  public static boolean readsOrRejects(Path dir, String suffix, byte[] bytes, String what,
      FileReader read) throws IOException {
    Path file = Files.createTempFile(dir, "mutant", suffix);
    Files.write(file, bytes);
    Throwable t = catchThrowable(() -> read.read(file));
    if (t == null) {
      return true;
    }
    assertThat(t).as("%s: only InvalidInputException naming the file may escape", what)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(file.getFileName().toString());
    return false;
  }

  /**
   * Asserts that a regression mutant is rejected: {@code bytes} written to {@code file} and read
   * with {@code read} give an {@link InvalidInputException} naming the file and saying
   * {@code message}.
   *
   * @param name the regression, for the failure message
   */
  public static void regressionRejected(String name, Path file, byte[] bytes, FileReader read,
      String message) throws IOException {
    Files.write(file, bytes);
    assertThat(catchThrowable(() -> read.read(file))).as(name)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining(message);
  }

  /** Reads one file completely, like {@link ThrowingCallable} but given the file. */
  @FunctionalInterface
  public interface FileReader {
    void read(Path file) throws Throwable;
  }
}
