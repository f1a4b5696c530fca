package org.brainalign.plugins.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.run.RunContext;
import org.brainalign.support.stats.NoiseCeiling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The ncsnr computed from a folder dataset's repetitions against numpy (reps/expected/ncsnr_*.csv,
 * from generate_fixtures.py with the definitions of core/support's generate_noise_ceiling.py), the
 * noise ceilings it gives with the stimuli table's {@code trials}, and {@code ncsnr-min}.
 */
class NcsnrTest {
  private static final RunContext CTX = RunContext.quiet(1);

  static Path reps() {
    return Fixtures.resource("reps");
  }

  /** Per source column: ncsnr, nc_mean, nc_separate. */
  static double[][] expected(String subject) {
    List<String> lines = Fixtures.lines(reps().resolve("expected/ncsnr_" + subject + ".csv"));
    return lines.stream().skip(1).map(l -> Arrays.stream(l.split(",")).skip(1)
        .mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
      "R1, V1, ''",
      "R1, V2, zscore=none",
      "R1, V1, repetitions=separate",
      "R1, V2, repetitions=separate;constant-voxels=drop",
      "R2, V1, zscore=none",
      "R2, V2, zscore=none;repetitions=separate",
  })
  void ncsnrAndCeilingEqualNumpy(String subject, String roi, String options) {
    List<String> kv = new ArrayList<>();
    for (String o : options.isEmpty() ? new String[0] : options.split(";")) {
      kv.addAll(List.of(o.split("=")));
    }
    double[][] want = expected(subject);
    boolean separate = options.contains("separate");
    try (BrainDataset ds = Fixtures.open(reps(), kv.toArray(new String[0]))) {
      Responses r = ds.responses(subject, roi, CTX);
      double[] ncsnr = r.voxels().numbers("ncsnr");
      double[] column = r.voxels().numbers("column");
      double inverse = meanInverseTrials(r);
      assertThat(inverse).isCloseTo(separate ? 1.0 : (1 / 5.0 + 1 + 1 / 6.0 + 1 / 4.0 + 2 / 5.0)
          / 6, within(1e-15));
      for (int c = 0; c < ncsnr.length; c++) {
        double[] w = want[(int) column[c]];
        assertThat(ncsnr[c]).as("ncsnr of column %d", (int) column[c]).isCloseTo(w[0],
            within(1e-9));
        assertThat(NoiseCeiling.fraction(ncsnr[c], inverse)).as("NC of column %d", (int) column[c])
            .isCloseTo(separate ? w[2] : w[1], within(1e-9));
      }
      assertThat(Arrays.stream(ncsnr).filter(x -> x > 0).count()).as("positive ncsnr")
          .isGreaterThanOrEqualTo(1);
      assertThat(r.manifest().get("ncsnr").toString()).contains("computed=true")
          .contains("repeated_stimuli=5");
    }
  }

  /** The mean over rows of 1/trials, 1 without a trials column (the Responses convention). */
  private static double meanInverseTrials(Responses r) {
    if (r.stimuli().columnIndex("trials") < 0) {
      return 1.0;
    }
    return Arrays.stream(r.stimuli().numbers("trials")).map(t -> 1 / t).average().orElseThrow();
  }

  @Test
  void withoutRepetitionsThereIsNoNcsnrColumn() {
    try (BrainDataset ds = Fixtures.open(reps(), "zscore", "none")) {
      Responses r = ds.responses("R3", "V1", CTX);
      assertThat(r.voxels().columns()).containsExactly("column", "id");
      assertThat(r.manifest().get("ncsnr").toString()).contains("computed=false");
    }
  }

  @Test
  void ncsnrMinKeepsTheVoxelsAtOrAboveItRecordsItAndSaysSoOnce() {
    double[][] want = expected("R1");
    List<String> kept = new ArrayList<>();
    for (int c = 0; c < 6; c++) {
      if (want[c][0] >= 0.9) {
        kept.add("w" + c);
      }
    }
    assertThat(kept).hasSizeBetween(1, 5);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (BrainDataset ds = Fixtures.open(reps(), "ncsnr-min", "0.9")) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Responses r = ds.responses("R1", "V1", CTX);
      ds.responses("R1", "V1", CTX);
      System.setErr(err);
      List<String> ids = new ArrayList<>();
      for (int c = 0; c < r.data().columns(); c++) {
        ids.add(r.data().columnIds().get(c));
      }
      assertThat(ids).containsExactlyElementsOf(kept);
      @SuppressWarnings("unchecked")
      Map<String, Object> entry = (Map<String, Object>) r.manifest().get("ncsnr");
      assertThat(entry).containsEntry("ncsnr_min", 0.9).containsEntry("voxels_before", 6)
          .containsEntry("voxels_after", kept.size());
      String printed = captured.toString(StandardCharsets.UTF_8);
      assertThat(printed.lines()).hasSize(1);
      assertThat(printed).contains("folder R1 V1").contains("keeps " + kept.size() + " of 6");
    } finally {
      System.setErr(err);
    }
  }

  @Test
  void ncsnrMinWithoutRepetitionsNamesTheDatasetAndSubject() {
    try (BrainDataset ds = Fixtures.open(reps(), "zscore", "none", "ncsnr-min", "0.1")) {
      assertThatThrownBy(() -> ds.responses("R3", "V1", CTX))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("ncsnr-min=0.1")
          .hasMessageContaining(reps().toString()).hasMessageContaining("subject 'R3'")
          .hasMessageContaining("no ncsnr can be computed").hasMessageContaining("Leave ncsnr-min");
    }
  }

  @Test
  void ncsnrMinAboveEveryVoxelNamesTheRoiAndItsLargestNcsnr() {
    double largest;
    try (BrainDataset all = Fixtures.open(reps())) {
      largest = Arrays.stream(all.responses("R1", "V1", CTX).voxels().numbers("ncsnr")).max()
          .orElseThrow();
    }
    assertThat(largest).isCloseTo(Arrays.stream(expected("R1")).limit(6).mapToDouble(w -> w[0])
        .max().orElseThrow(), within(1e-9));
    try (BrainDataset ds = Fixtures.open(reps(), "ncsnr-min", "50")) {
      assertThatThrownBy(() -> ds.responses("R1", "V1", CTX))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("ROI 'V1'")
          .hasMessageContaining("largest ncsnr in the ROI is " + largest);
    }
  }

  @Test
  void ncsnrMinMustBeANumberAtLeastZero() {
    for (String bad : List.of("-1", "x", "Infinity")) {
      assertThatThrownBy(() -> Fixtures.open(reps(), "ncsnr-min", bad))
          .isInstanceOf(InvalidOptionException.class).hasMessageContaining("'ncsnr-min' of "
              + "'folder'").hasMessageContaining("'" + bad + "'");
    }
  }
}
