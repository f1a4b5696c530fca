package org.brainalign.plugins.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.testing.ByteMutants;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzzes the manifest reader (dataset.yaml through SnakeYAML) and the table readers (rows table,
 * voxel table, CSV response matrix) with seeded text mutants (and byte mutants, for invalid UTF-8),
 * read through the whole dataset: opening it and asking for every subject's ROIs and responses must
 * succeed or throw an {@link InvalidInputException} naming the mutated file (or, when the mutation
 * makes the manifest point elsewhere, the manifest or the file it now names); never another
 * exception, a hang or an out-of-memory error. Reproduce with {@code -Dfuzz.seed=<seed>
 * -Dfuzz.mutants=1}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReaderFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_202L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 250);

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"dataset.yaml", "S1/trials.csv", "S1/voxels.csv", "S2/betas.csv"})
  void seededMutantsGiveOnlyTypedErrors(String target) throws IOException {
    Path root = Fixtures.copyTiny(dir.resolve("tiny"));
    Path file = root.resolve(target);
    byte[] valid = Files.readAllBytes(file);
    String text = new String(valid, java.nio.charset.StandardCharsets.UTF_8);
    int rejected = 0;
    for (int i = 0; i < MUTANTS; i++) {
      long seed = SEED + i + target.hashCode();
      Random rnd = new Random(seed);
      String what;
      if (rnd.nextInt(10) == 0) {
        ByteMutants.Mutant m = new ByteMutants(valid, new int[] {0, valid.length / 2, valid.length - 1}, valid.length).next(rnd);
        Files.write(file, m.bytes());
        what = "bytes: " + m.description();
      } else {
        TextMutants.Mutant m = TextMutants.next(text, rnd);
        Fixtures.write(file, m.text());
        what = m.description();
      }
      String context = target + " seed " + seed + " (" + what + ")";
      Throwable t = catchThrowable(() -> readAll(root));
      if (t != null) {
        assertThat(t).as(context).isInstanceOf(InvalidInputException.class);
        assertThat(t.getMessage()).as(context).isNotBlank();
        rejected++;
      }
    }
    Files.write(file, valid);
    assertThat(rejected).as("mutants rejected").isGreaterThan(MUTANTS / 10);
  }

  private static void readAll(Path root) {
    try (BrainDataset ds = Fixtures.open(root)) {
      for (String s : ds.subjects()) {
        for (String roi : ds.rois(s)) {
          var r = ds.responses(s, roi, RunContext.quiet(1));
          double[] all = new double[r.data().rows() * r.data().columns()];
          r.data().data().readRows(0, r.data().rows(), all);
        }
        ds.stimuli(s, RunContext.quiet(1)).size();
      }
    }
  }
}
