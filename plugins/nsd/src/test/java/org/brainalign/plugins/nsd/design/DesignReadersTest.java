package org.brainalign.plugins.nsd.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainalign.api.DataFormatException;
import org.brainalign.plugins.nsd.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignReadersTest {
  private static final Path DIR = Fixtures.root().resolve("nsddata/experiments/nsd");
  @TempDir Path tmp;

  @Test
  void compressedUncompressedAndCsvAgreeForEverySubject() {
    for (int s = 1; s <= 8; s++) {
      TrialDesign compressed = DesignFiles.read(DIR.resolve("nsd_expdesign.mat"), s);
      TrialDesign plain = DesignFiles.read(
          Fixtures.resource("design/nsd_expdesign_uncompressed.mat"), s);
      TrialDesign csv = DesignFiles.read(DIR.resolve("nsd_stim_info_merged.csv"), s);
      assertThat(compressed.trials()).isEqualTo(48);
      assertThat(plain.images()).containsExactly(compressed.images());
      assertThat(csv.images()).as("subject %d", s).containsExactly(compressed.images());
    }
  }

  @Test
  void idsAreZeroBasedAndRepetitionsCountFromZero() {
    TrialDesign d = DesignFiles.read(DIR.resolve("nsd_expdesign.mat"), 1);
    // the separate-repetitions golden file lists subj01's first 36 trials as <id>#<rep>,
    // computed by numpy from subjectim[0, masterordering - 1] - 1
    List<String> lines = Fixtures.lines("expected/V1-V4_separate.csv");
    int[] reps = d.repetitions();
    for (int t = 0; t < 36; t++) {
      assertThat(d.image(t) + "#" + reps[t]).isEqualTo(lines.get(t + 2).split(",")[0]);
    }
    // the fixture puts 1-based ids 1 and 73000 in subject 1's design: 0-based 0 and 72999
    assertThat(d.images()).contains(0, 72999);
    assertThat(java.util.Arrays.stream(d.images())).allMatch(i -> i >= 0 && i < 73000);
  }

  @Test
  void notAMatFileIsAFormatError() throws IOException {
    Path f = tmp.resolve("nsd_expdesign.mat");
    Files.writeString(f, "not a mat file at all, not even close to 128 bytes of header".repeat(4));
    assertThatThrownBy(() -> DesignFiles.read(f, 1)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("level-5");
  }

  @Test
  void subjectBeyondSubjectimIsAFormatError() {
    assertThatThrownBy(() -> DesignFiles.read(DIR.resolve("nsd_expdesign.mat"), 9))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("subject 9");
  }

  @Test
  void csvWithoutTheSubjectColumnsNamesThem() throws IOException {
    Path f = tmp.resolve("stim.csv");
    Files.writeString(f, ",nsdId,subject1_rep0\n0,0,1\n");
    assertThatThrownBy(() -> DesignFiles.read(f, 1)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("subject1_rep1");
  }

  @Test
  void csvQuotedCommasAndBadNumbers() throws IOException {
    Path f = tmp.resolve("stim.csv");
    Files.writeString(f, ",cropBox,nsdId,subject1_rep0,subject1_rep1,subject1_rep2\n"
        + "0,\"(0, 0, 1, 1)\",4,2,0,0\n1,\"(0, 0, 1, 1)\",7,1,3,0\n");
    assertThat(DesignFiles.read(f, 1).images()).containsExactly(7, 4, 7);
    Files.writeString(f, ",nsdId,subject1_rep0,subject1_rep1,subject1_rep2\n0,4,x,0,0\n");
    assertThatThrownBy(() -> DesignFiles.read(f, 1)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("line 2").hasMessageContaining("'x'");
  }
}
