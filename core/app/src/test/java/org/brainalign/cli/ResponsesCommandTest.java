package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.formats.npy.NpyMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainalign responses} on the NSD plugin's miniature tree in the real layout, against the
 * numpy-computed expected responses of that plugin's golden files.
 */
class ResponsesCommandTest {
  private static final Path NSD = Path.of("../../plugins/nsd/src/test/resources").toAbsolutePath()
      .normalize();

  @TempDir
  Path dir;

  @Test
  void writesResponsesStimuliVoxelsAndManifest() throws IOException {
    Path out = dir.resolve("v1v4");
    Cli r = Cli.run("responses", "-q", "--dataset", "nsd:root=" + NSD.resolve("nsd-mini"),
        "--subject", "1", "--roi", "V1-V4", "--out", out.toString());
    assertThat(r.exit).as(r.toString()).isZero();
    List<String> expected = Files.readAllLines(NSD.resolve("expected/V1-V4_default.csv"));
    String[] header = expected.get(1).split(",");
    NpyMatrix m = NpyMatrix.open(out.resolve("responses.npy"));
    assertThat(m.header().dtype().descr()).isEqualTo("<f4");
    assertThat(m.rows()).isEqualTo(expected.size() - 2);
    assertThat(m.columns()).isEqualTo(header.length - 1);
    double[] row = new double[m.columns()];
    for (int i = 0; i < m.rows(); i++) {
      String[] cells = expected.get(i + 2).split(",");
      m.readRows(i, i + 1, row);
      for (int c = 0; c < row.length; c++) {
        assertThat(row[c]).as("row %d voxel %s", i, header[c + 1])
            .isCloseTo(Double.parseDouble(cells[c + 1]), within(1e-5));
      }
    }
    List<String> voxels = Files.readAllLines(out.resolve("voxels.csv"));
    assertThat(voxels.get(0)).startsWith("flat_index,i,j,k");
    assertThat(voxels.get(1).split(",")[0]).isEqualTo(header[1]);
    List<String> stimuli = Files.readAllLines(out.resolve("stimuli.csv"));
    assertThat(stimuli.get(0)).startsWith("nsd_id");
    assertThat(stimuli.get(1).split(",")[0]).isEqualTo(expected.get(2).split(",")[0]);
    assertThat(out.resolve("manifest.json")).exists();
  }

  @Test
  void anUnknownRoiListsTheKnownOnesAndLeavesNoOutput() {
    Path out = dir.resolve("bad");
    Cli r = Cli.run("responses", "--dataset", "nsd:root=" + NSD.resolve("nsd-mini"),
        "--subject", "1", "--roi", "V7", "--out", out.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("V7").contains("V1-V4").doesNotContain("\tat ");
    assertThat(out.resolve("manifest.json")).doesNotExist();
    assertThat(out.resolve("responses.npy")).doesNotExist();
  }

  @Test
  void aMissingRootNamesTheExpectedPath() {
    Cli r = Cli.run("responses", "--dataset", "nsd:root=" + dir.resolve("nowhere"),
        "--subject", "1", "--roi", "V1-V4", "--out", dir.resolve("o").toString());
    assertThat(r.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("nowhere");
  }
}
