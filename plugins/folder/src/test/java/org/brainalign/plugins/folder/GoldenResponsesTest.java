package org.brainalign.plugins.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Responses against numpy (tiny/expected/*.csv, from generate_fixtures.py): z-scoring per session
 * with the population std, the constant-voxel rules, mean over repetitions in the stimulus set's
 * order or separate rows; the same for the .npy, .csv and HDF5 copies of the matrix, and ROIs from
 * a label NIfTI volume (nibabel) at the voxel table's coordinates.
 */
class GoldenResponsesTest {

  @ParameterizedTest(name = "{0} {1} from {2}")
  @CsvSource({
      "V1_default, V1, S1, ''",
      "V1_default, V1, S2, ''",
      "V1_default, V1, S2h5, ''",
      "V1_separate, V1, S1, repetitions=separate",
      "V1_zscore-none, V1, S1, zscore=none",
      "V1_drop, V1, S1, constant-voxels=drop",
      "V1_drop, V1, S2h5, constant-voxels=drop",
      "early_default, early, S1, ''",
      "early_default, early, S2, ''",
      "all-odd_separate-none, all-odd, S1, repetitions=separate;zscore=none",
      "V2-volume_default, V2, S3, ''",
      "3-volume_default, 3, S3, ''",
  })
  void matchesNumpy(String expected, String roi, String subject, String options) {
    List<String> kv = new ArrayList<>();
    for (String o : options.isEmpty() ? new String[0] : options.split(";")) {
      kv.add(o.split("=")[0]);
      kv.add(o.split("=")[1]);
    }
    List<String> lines = Fixtures.lines(Fixtures.tiny().resolve("expected/" + expected + ".csv"));
    String[] header = lines.get(0).split(",");
    try (BrainDataset ds = Fixtures.open(Fixtures.tiny(), kv.toArray(new String[0]))) {
      Responses r = ds.responses(subject, roi, RunContext.quiet(1));
      LabelledMatrix m = r.data();
      assertThat(m.rows()).isEqualTo(lines.size() - 1);
      assertThat(m.columns()).isEqualTo(header.length - 1);
      for (int c = 0; c < m.columns(); c++) {
        assertThat(m.columnIds().get(c)).isEqualTo("v" + header[c + 1]);
      }
      double[] got = new double[m.rows() * m.columns()];
      m.data().readRows(0, m.rows(), got);
      for (int i = 0; i < m.rows(); i++) {
        String[] cells = lines.get(i + 1).split(",");
        assertThat(m.rowIds().get(i)).isEqualTo(cells[0]);
        // a repetition kept as a row names its stimulus, so that folds keep its rows together
        assertThat(m.rowIds().stimulus(i)).isEqualTo(r.stimuli().rows().get(i).get(0));
        for (int c = 0; c < m.columns(); c++) {
          assertThat(got[i * m.columns() + c]).as("%s row %d column %d", expected, i, c)
              .isCloseTo(Double.parseDouble(cells[c + 1]), within(1e-9));
        }
      }
      // Column blocks and single rows agree with the whole read.
      double[] block = new double[2 * (m.columns() - 1)];
      m.data().readBlock(1, 3, 1, m.columns(), block);
      for (int i = 0; i < 2; i++) {
        for (int c = 1; c < m.columns(); c++) {
          assertThat(block[i * (m.columns() - 1) + c - 1])
              .isEqualTo(got[(i + 1) * m.columns() + c]);
        }
      }
    }
  }

  @ParameterizedTest(name = "repetitions {1}")
  @CsvSource({"'', mean", "repetitions=separate, separate"})
  void manifestRecordsRowOrderZscoringAndRepetitions(String option, String repetitions) {
    String[] kv = option.isEmpty() ? new String[0] : option.split("=");
    try (BrainDataset ds = Fixtures.open(Fixtures.tiny(), kv)) {
      Map<String, Object> m = ds.responses("S1", "V1", RunContext.quiet(1)).manifest();
      assertThat(m.get("repetitions")).isEqualTo(repetitions);
      assertThat((String) m.get("rows")).contains(repetitions.equals("mean")
          ? "in the stimulus set's order" : "in the rows table's order");
      assertThat((String) m.get("values")).contains("within each session", "population std");
      assertThat(m.get("sessions")).isEqualTo(List.of("A", "B"));
      assertThat(m.get("options")).asString().contains("zscore=session",
          "repetitions=" + repetitions, "constant-voxels=zero");
      @SuppressWarnings("unchecked")
      Map<String, Object> rule = (Map<String, Object>) m.get("voxel_rule");
      assertThat(rule.get("voxels_constant_in_some_session")).isEqualTo(1);
      assertThat(m.get("warnings")).asString().contains("1 of 6 images", "im6");
    }
  }
}
