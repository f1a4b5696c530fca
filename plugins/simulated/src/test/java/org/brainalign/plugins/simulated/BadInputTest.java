package org.brainalign.plugins.simulated;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Out-of-range options and unknown names fail with the constraint, the value and a remedy. */
class BadInputTest {

  @ParameterizedTest
  @CsvSource({
      "images, 1, '[2, 100000]'",
      "images, 5000000000, 32-bit",
      "size, 31, '[32, 1024]'",
      "voxels, 0, '[1, 10000]'",
      "noise, -0.1, '[0, 100]'",
      "repetitions, 0, '[1, 100]'",
      "subjects, 100, '[1, 99]'",
      "seed, -1, '[0, 4294967295]'",
      "seed, 4294967296, '[0, 4294967295]'"})
  void outOfRangeOptionsAreRejected(String key, String value, String expected) {
    SimulatedDatasetProvider p = new SimulatedDatasetProvider();
    assertThatThrownBy(() -> p.create(Datasets.options(Map.of(key, value))))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("'" + key + "'")
        .hasMessageContaining(expected);
  }

  @Test
  void malformedValuesAreRejectedByTheOptionParser() {
    assertThatThrownBy(() -> Datasets.options(Map.of("noise", "loud")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("noise");
  }

  @Test
  void unknownSubjectListsTheKnownOnes() {
    try (SimulatedDataset ds = Datasets.create(Map.of("subjects", "2", "images", "4"))) {
      assertThatThrownBy(() -> ds.responses("subj03", "early", RunContext.quiet(1)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("subj03").hasMessageContaining("subj01, subj02")
          .hasMessageContaining("subjects=N");
      assertThatThrownBy(() -> ds.stimuli("s1", RunContext.quiet(1)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("subj01");
      assertThatThrownBy(() -> ds.rois("nobody"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("nobody");
    }
  }

  @Test
  void unknownRoiListsTheKnownOnes() {
    try (SimulatedDataset ds = Datasets.create(Map.of("images", "4"))) {
      assertThatThrownBy(() -> ds.responses("subj01", "V1", RunContext.quiet(1)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'V1'").hasMessageContaining("early, late");
    }
  }

  @Test
  void datasetLargerThanTheMemoryBudgetFailsBeforeAllocating() {
    RunContext small = RunContext.quiet(1, 1 << 20);
    try (SimulatedDataset ds = Datasets.create(Map.of("images", "1000", "voxels", "1000"))) {
      assertThatThrownBy(() -> ds.responses("subj01", "early", small))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("memory budget of 1 MiB").hasMessageContaining("15 MiB")
          .hasMessageContaining("Lower images");
    }
  }

  @Test
  void imageIndexOutOfRangeFails() {
    try (SimulatedDataset ds = Datasets.create(Map.of("images", "4"))) {
      assertThatThrownBy(() -> ds.stimuli("subj01", RunContext.quiet(1)).read(4))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }
  }
}
