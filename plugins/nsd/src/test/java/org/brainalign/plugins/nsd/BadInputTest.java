package org.brainalign.plugins.nsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.assertj.core.api.AbstractThrowableAssert;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input is an {@link InvalidInputException} naming the culprit and the fix. */
class BadInputTest {
  private static final RunContext CTX = RunContext.quiet(1);
  @TempDir Path tmp;

  /** What reading {@code subject}'s {@code roi} throws, checked to be an invalid input. */
  private static AbstractThrowableAssert<?, ? extends Throwable> invalid(BrainDataset ds,
      String subject, String roi) {
    return assertThatThrownBy(() -> ds.responses(subject, roi, CTX))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void missingRoiFileNamesThePathAndItsNsdFolder() throws IOException {
    Path root = Fixtures.copyTree(tmp);
    Path roi = root.resolve("nsddata/ppdata/subj01/func1pt8mm/roi/prf-visualrois.nii.gz");
    Files.delete(roi);
    try (BrainDataset ds = Fixtures.open(root)) {
      invalid(ds, "1", "V1-V4")
          .hasMessageContaining(roi.toString())
          .hasMessageContaining("NSD folder nsddata/ppdata/subj01/func1pt8mm/roi/");
    }
  }

  @Test
  void missingDesignAndStimuliFilesNameTheirFolders() throws IOException {
    Path root = Fixtures.copyTree(tmp);
    Files.delete(root.resolve("nsddata/experiments/nsd/nsd_expdesign.mat"));
    Files.delete(root.resolve("nsddata_stimuli/stimuli/nsd/nsd_stimuli.hdf5"));
    try (BrainDataset ds = Fixtures.open(root)) {
      invalid(ds, "1", "V1")
          .hasMessageContaining("nsd_expdesign.mat")
          .hasMessageContaining("NSD folder nsddata/experiments/nsd/");
    }
    try (BrainDataset ds = Fixtures.open(root, "design", "nsd_stim_info_merged.csv")) {
      assertThatThrownBy(() -> ds.stimuli("1", CTX))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("nsd_stimuli.hdf5")
          .hasMessageContaining("NSD folder nsddata_stimuli/stimuli/nsd/");
    }
  }

  @Test
  void roiOnAnotherGridIsRejected() throws IOException {
    Path root = Fixtures.copyTree(tmp);
    Files.copy(Fixtures.resource("bad/wrong-grid.nii.gz"),
        root.resolve("nsddata/ppdata/subj01/func1pt8mm/roi/prf-visualrois.nii.gz"),
        StandardCopyOption.REPLACE_EXISTING);
    try (BrainDataset ds = Fixtures.open(root)) {
      invalid(ds, "subj01", "V1-V4")
          .hasMessageContaining("prf-visualrois.nii.gz")
          .hasMessageContaining("[7, 5, 4]")
          .hasMessageContaining("[7, 4, 5]");
    }
  }

  @Test
  void subjectWithoutSessionsAndUnknownSubject() throws IOException {
    Path root = Fixtures.copyTree(tmp);
    Path empty = root.resolve("nsddata_betas/ppdata/subj02/func1pt8mm/betas_fithrf_GLMdenoise_RR");
    Files.createDirectories(empty);
    try (BrainDataset ds = Fixtures.open(root)) {
      assertThat(ds.subjects()).containsExactly("subj01");
      invalid(ds, "2", "V1-V4")
          .hasMessageContaining("betas_sessionNN.hdf5").hasMessageContaining(empty.toString());
      invalid(ds, "subj09", "V1-V4")
          .hasMessageContaining("subj09").hasMessageContaining("Known subjects: subj01");
    }
  }

  @Test
  void truncatedHdf5IsAFormatErrorNamingTheFile() throws IOException {
    for (long keep : new long[] {100, 3000}) {
      Path root = Fixtures.copyTree(tmp.resolve("t" + keep));
      Path session = root.resolve("nsddata_betas/ppdata/subj01/func1pt8mm/"
          + "betas_fithrf_GLMdenoise_RR/betas_session02.hdf5");
      try (RandomAccessFile f = new RandomAccessFile(session.toFile(), "rw")) {
        f.setLength(keep);
      }
      try (BrainDataset ds = Fixtures.open(root)) {
        assertThatThrownBy(() -> ds.responses("1", "V1-V4", CTX)).as("kept %d bytes", keep)
            .isInstanceOf(DataFormatException.class)
            .hasMessageContaining(session.toString())
            .hasMessageContaining("truncated or corrupt");
      }
    }
  }

  @Test
  void missingSessionAndBadOptions() {
    try (BrainDataset ds = Fixtures.open(Fixtures.root(), "sessions", "[1,4]")) {
      invalid(ds, "1", "V1-V4")
          .hasMessageContaining("betas_session04.hdf5").hasMessageContaining("[1, 2, 3]");
    }
    assertThatThrownBy(() -> Fixtures.open(Fixtures.root(), "sessions", "1-x"))
        .isInstanceOf(InvalidOptionException.class);
    assertThatThrownBy(() -> Fixtures.open(tmp.resolve("nowhere")))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("nowhere");
  }

  @Test
  void chunkReadsOnAFileNotChunkedPerVoxelExplainTheFix() {
    try (BrainDataset ds = Fixtures.open(Fixtures.root(), "betas", "assumehrf", "read", "chunks")) {
      assertThatThrownBy(() -> ds.responses("1", "V1-V4", CTX))
          .isInstanceOf(DataFormatException.class).hasMessageContaining("read=planes");
    }
  }
}
