package org.brainalign.plugins.nsd;

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
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.support.nifti.NiftiReader;
import org.brainalign.support.stats.NoiseCeiling;
import org.junit.jupiter.api.Test;

/**
 * NSD's {@code ncsnr.nii.gz} on the fixture tree: the file written by generate_fixtures.py with
 * numpy from the fixture's betas equals {@link NoiseCeiling} on the plugin's z-scored trials, and
 * {@code ncsnr-min} keeps the voxels numpy keeps.
 */
class NcsnrTest {
  private static final RunContext CTX = RunContext.quiet(1);
  private static final Path FILE = Fixtures.root().resolve(
      "nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf_GLMdenoise_RR/ncsnr.nii.gz");

  @Test
  void ncsnrFromTheTrialsEqualsTheFixtureFile() {
    try (BrainDataset ds = Fixtures.open(Fixtures.root(), "repetitions", "separate")) {
      Responses r = ds.responses("1", "V1-V4", CTX);
      LabelledMatrix m = r.data();
      double[][] trials = new double[m.rows()][m.columns()];
      List<String> stimuli = new ArrayList<>();
      for (int row = 0; row < m.rows(); row++) {
        m.data().readRows(row, row + 1, trials[row]);
        stimuli.add(m.rowIds().get(row).split("#")[0]);
      }
      double[] computed = NoiseCeiling.ncsnr(trials, stimuli);
      double[] file = NiftiReader.read(FILE).data();
      double[] column = r.voxels().numbers("ncsnr");
      double worst = 0;
      for (int c = 0; c < m.columns(); c++) {
        double expected = file[Integer.parseInt(m.columnIds().get(c))];
        assertThat(column[c]).as("voxels table, column %d", c).isEqualTo(expected);
        assertThat(computed[c]).as("ncsnr of voxel %s", m.columnIds().get(c))
            .isCloseTo(expected, within(1e-6));
        worst = Math.max(worst, Math.abs(computed[c] - expected));
      }
      assertThat(Arrays.stream(computed).filter(x -> x > 0).count()).as("non-zero ncsnr")
          .isGreaterThan(m.columns() / 4);
      System.out.printf("ncsnr: %d voxels, largest |computed - file| = %.3g%n", m.columns(), worst);
    }
  }

  @Test
  void ncsnrMinKeepsExactlyTheVoxelsNumpyKeepsAndSaysSoOnce() {
    List<String> expected = Fixtures.lines("expected/ncsnr-min.csv");
    String threshold = expected.get(0);
    List<String> kept = List.of(expected.get(1).split(","));
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (BrainDataset ds = Fixtures.open(Fixtures.root(), "ncsnr-min", threshold)) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Responses r = ds.responses("1", "V1-V4", CTX);
      ds.responses("1", "V1-V4", CTX);
      System.setErr(err);
      List<String> columns = new ArrayList<>();
      for (int c = 0; c < r.data().columns(); c++) {
        columns.add(r.data().columnIds().get(c));
      }
      assertThat(columns).containsExactlyElementsOf(kept);
      assertThat(Arrays.stream(r.voxels().numbers("ncsnr")).min().orElseThrow())
          .isGreaterThanOrEqualTo(Double.parseDouble(threshold));
      @SuppressWarnings("unchecked")
      Map<String, Object> entry = (Map<String, Object>) r.manifest().get("ncsnr");
      assertThat(entry).containsEntry("ncsnr_min", Double.parseDouble(threshold))
          .containsEntry("voxels_after", kept.size())
          .containsEntry("file", "nsddata_betas/ppdata/subj01/func1pt8mm/"
              + "betas_fithrf_GLMdenoise_RR/ncsnr.nii.gz");
      assertThat((int) entry.get("voxels_before")).isGreaterThan(kept.size());
      String printed = captured.toString(StandardCharsets.UTF_8);
      assertThat(printed.lines()).hasSize(1);
      assertThat(printed).contains("subj01 V1-V4").contains("keeps " + kept.size() + " of "
          + entry.get("voxels_before") + " voxels");
      assertThat(ds.responseFiles("1", "V1-V4").orElseThrow()).contains(FILE);
    } finally {
      System.setErr(err);
    }
  }

  @Test
  void withoutTheOptionTheFileStillGivesAColumnAndIsAResponseFile() {
    try (BrainDataset ds = Fixtures.open(Fixtures.root())) {
      Responses r = ds.responses("1", "V1", CTX);
      assertThat(r.voxels().columns()).contains("ncsnr");
      assertThat(ds.responseFiles("1", "V1").orElseThrow()).contains(FILE);
      assertThat(r.manifest().get("ncsnr").toString()).contains("ncsnr_min=null");
    }
    try (BrainDataset ds = Fixtures.open(Fixtures.root(), "betas", "fithrf")) {
      Responses r = ds.responses("1", "V1", CTX);
      assertThat(r.voxels().columns()).doesNotContain("ncsnr");
      assertThat(ds.responseFiles("1", "V1").orElseThrow())
          .noneMatch(f -> f.getFileName().toString().equals("ncsnr.nii.gz"));
    }
  }

  @Test
  void ncsnrMinWithoutTheFileNamesTheExpectedPath() {
    Path missing = Fixtures.root().resolve(
        "nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf/ncsnr.nii.gz");
    try (BrainDataset ds = Fixtures.open(Fixtures.root(), "betas", "fithrf", "ncsnr-min", "0.1")) {
      assertThatThrownBy(() -> ds.responses("1", "V1", CTX))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining(missing.toString())
          .hasMessageContaining("ncsnr-min");
      assertThatThrownBy(() -> ds.responseFiles("1", "V1"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining(missing.toString());
    }
  }

  @Test
  void ncsnrMinAboveEveryVoxelNamesTheRoiAndItsLargestNcsnr() {
    double[] file = NiftiReader.read(FILE).data();
    try (BrainDataset ds = Fixtures.open(Fixtures.root(), "ncsnr-min", "50")) {
      Responses all = Fixtures.open(Fixtures.root()).responses("1", "hV4", CTX);
      double largest = Arrays.stream(all.voxels().numbers("ncsnr")).max().orElseThrow();
      assertThat(largest).isLessThan(50).isIn(Arrays.stream(file).boxed().toList());
      assertThatThrownBy(() -> ds.responses("1", "hV4", CTX))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("ROI 'hV4'")
          .hasMessageContaining("largest ncsnr in the ROI is " + largest);
    }
  }

  @Test
  void negativeNanOrNonNumericNcsnrMinIsAnInvalidOption() {
    for (String bad : List.of("-0.1", "NaN", "abc", "Infinity")) {
      assertThatThrownBy(() -> Fixtures.open(Fixtures.root(), "ncsnr-min", bad))
          .as(bad).isInstanceOf(InvalidOptionException.class)
          .hasMessageContaining("ncsnr-min").hasMessageContaining(bad);
    }
    Fixtures.open(Fixtures.root(), "ncsnr-min", "0").close();
    Fixtures.open(Fixtures.root(), "ncsnr-min", "none").close();
  }
}
