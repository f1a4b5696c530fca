package org.brainalign.plugins.nsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Responses against numpy's (expected/*.csv, computed by generate_fixtures.py with h5py fancy
 * indexing on the (trials, Z, Y, X) betas and nibabel's (X, Y, Z) ROI volumes).
 */
class GoldenResponsesTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("V1-V4_default", "V1-V4", new String[] {}),
        Arguments.of("V1-V4_zscore-none", "V1-V4", new String[] {"zscore", "none"}),
        Arguments.of("V1-V4_separate", "V1-V4", new String[] {"repetitions", "separate"}),
        Arguments.of("V1-V4_sessions-1,3", "V1-V4", new String[] {"sessions", "[1,3]"}),
        Arguments.of("V1-V4_assumehrf", "V1-V4", new String[] {"betas", "assumehrf"}),
        Arguments.of("nsdgeneral_fithrf", "nsdgeneral", new String[] {"betas", "fithrf"}),
        Arguments.of("V1v_default", "V1v", new String[] {}),
        Arguments.of("hV4_default", "hV4", new String[] {}),
        Arguments.of("ventral_default", "ventral", new String[] {}),
        Arguments.of("ventral_default", "high-level-ventral", new String[] {}),
        Arguments.of("nsdgeneral_default", "nsdgeneral", new String[] {}),
        Arguments.of("early_separate-none", "early",
            new String[] {"sessions", "2", "zscore", "none", "repetitions", "separate"}),
        Arguments.of("floc-faces-FFA-1_default", "floc-faces:FFA-1", new String[] {}),
        Arguments.of("floc-faces-FFA-1_default", "floc-faces:2", new String[] {}),
        Arguments.of("Kastner2015-2_default", "Kastner2015:2", new String[] {}),
        Arguments.of("lh.V1-V4_default", "lh.V1-V4", new String[] {}),
        Arguments.of("rh.ventral_default", "rh.ventral", new String[] {}),
        Arguments.of("lh.floc-faces-OFA_default", "lh.floc-faces:OFA", new String[] {}),
        // the same numbers through the other design file and the other read path
        Arguments.of("V1-V4_default", "V1-V4", new String[] {"design", "nsd_stim_info_merged.csv"}),
        Arguments.of("V1-V4_separate", "V1-V4",
            new String[] {"repetitions", "separate", "design", "nsd_stim_info_merged.csv"}),
        Arguments.of("V1-V4_default", "V1-V4", new String[] {"read", "planes"}),
        Arguments.of("V1-V4_assumehrf", "V1-V4", new String[] {"betas", "assumehrf", "read",
            "planes"}));
  }

  @ParameterizedTest(name = "{0} as {1} {2}")
  @MethodSource("cases")
  void matchesNumpy(String expected, String roi, String[] options) {
    List<String> lines = Fixtures.lines("expected/" + expected + ".csv");
    int constant = Integer.parseInt(lines.get(0).substring(lines.get(0).indexOf('=') + 1).strip());
    String[] header = lines.get(1).split(",");
    try (BrainDataset ds = Fixtures.open(Fixtures.root(), options)) {
      Responses r = ds.responses("subj01", roi, RunContext.quiet(1));
      assertThat(r.data().columns()).isEqualTo(header.length - 1);
      assertThat(r.data().rows()).isEqualTo(lines.size() - 2);
      for (int c = 1; c < header.length; c++) {
        assertThat(r.data().columnIds().get(c - 1)).isEqualTo(header[c]);
        assertThat(r.voxels().rows().get(c - 1).get(0)).isEqualTo(Integer.parseInt(header[c]));
      }
      for (int row = 0; row < r.data().rows(); row++) {
        String[] cells = lines.get(row + 2).split(",");
        assertThat(r.data().rowIds().get(row)).as("row id %d", row).isEqualTo(cells[0]);
        for (int c = 1; c < cells.length; c++) {
          double want = Double.parseDouble(cells[c]);
          assertThat(r.data().data().get(row, c - 1)).as("row %s, voxel %s", cells[0], header[c])
              .isCloseTo(want, within(2e-6 * Math.max(1, Math.abs(want))));
        }
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> rule = (Map<String, Object>) r.manifest().get("voxel_rule");
      assertThat(rule.get("constant_voxel_sessions")).isEqualTo(constant);
    }
  }
}
