package org.brainalign.plugins.nsd;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks a study runs before extracting anything: every spelling of a subject NSD accepts
 * passes, an unknown subject or ROI, or an ROI whose volume is missing, fails naming the known ones.
 */
class StudyChecksTest {
  @TempDir Path tmp;

  @Test
  void subjectsAreCheckedInEverySpellingNsdAccepts() throws IOException {
    try (BrainDataset ds = Fixtures.open(Fixtures.copyTree(tmp))) {
      for (String s : new String[] {"1", "01", "subj1", "subj01"}) {
        assertThatCode(() -> ds.checkSubject(s)).as(s).doesNotThrowAnyException();
      }
      assertThatThrownBy(() -> ds.checkSubject("3")).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("subject '3'").hasMessageContaining("subj01");
    }
  }

  @Test
  void roisAreCheckedByNameLabelAndFile() throws IOException {
    Path root = Fixtures.copyTree(tmp);
    try (BrainDataset ds = Fixtures.open(root)) {
      assertThatCode(() -> ds.checkRoi("1", "V1-V4")).doesNotThrowAnyException();
      assertThatThrownBy(() -> ds.checkRoi("1", "V9")).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("ROI 'V9'").hasMessageContaining("Known ROIs");
      Files.delete(root.resolve("nsddata/ppdata/subj01/func1pt8mm/roi/prf-visualrois.nii.gz"));
      assertThatThrownBy(() -> ds.checkRoi("1", "V1")).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("prf-visualrois.nii.gz");
    }
  }
}
