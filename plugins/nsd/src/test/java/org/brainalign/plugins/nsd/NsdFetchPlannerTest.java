package org.brainalign.plugins.nsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.Options;
import org.brainalign.api.fetch.FetchPlan;
import org.brainalign.api.fetch.FetchRequest;
import org.brainalign.api.fetch.RemoteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bucket keys a selection needs: exactly the files {@link NsdDataset} reads. */
class NsdFetchPlannerTest {
  @TempDir
  Path dir;

  private FetchPlan plan(Map<String, String> options, FetchRequest request) {
    Map<String, String> raw = new java.util.HashMap<>(options);
    raw.put("root", dir.resolve("nsd").toString());
    return new NsdDatasetProvider().plan(Options.parse("nsd", NsdConfig.OPTIONS, raw), request);
  }

  private static List<String> keys(FetchPlan plan) {
    return plan.files().stream().map(RemoteFile::key).toList();
  }

  @Test
  void aSelectionNeedsTheDesignRoiSessionsNcsnrAndStimuliAtTheirBucketKeys() {
    FetchPlan p = plan(Map.of("betas", "fithrf", "ncsnr-min", "0.2"), new FetchRequest(
        List.of("subj02"), Optional.of("1-2"), List.of("lh.V1-V4", "floc-faces:FFA-1"), true));
    String b = "nsddata_betas/ppdata/subj02/func1pt8mm/betas_fithrf/";
    assertThat(keys(p)).containsExactly(
        "nsddata/experiments/nsd/nsd_expdesign.mat",
        "nsddata/ppdata/subj02/func1pt8mm/roi/lh.prf-visualrois.nii.gz",
        "nsddata/ppdata/subj02/func1pt8mm/roi/floc-faces.nii.gz",
        "nsddata/freesurfer/subj02/label/floc-faces.mgz.ctab",
        b + "betas_session01.hdf5", b + "betas_session02.hdf5", b + "ncsnr.nii.gz",
        "nsddata_stimuli/stimuli/nsd/nsd_stimuli.hdf5");
    assertThat(p.files()).allSatisfy(f -> assertThat(f.local().toString().replace('\\', '/'))
        .isEqualTo(f.key()));
    assertThat(p.root()).isEqualTo(dir.resolve("nsd"));
    assertThat(p.source().toString()).isEqualTo("https://natural-scenes-dataset.s3.amazonaws.com/");
  }

  @Test
  void allSessionsFollowEachSubjectsCountAndAllRoisTheNamedFamilies() {
    FetchPlan p = plan(Map.of(), new FetchRequest(List.of("4", "all"), Optional.empty(),
        List.of("all"), false));
    assertThat(keys(p)).filteredOn(k -> k.contains("subj04/") && k.contains("betas_session"))
        .hasSize(30).last().asString().endsWith("betas_session30.hdf5");
    assertThat(keys(p)).filteredOn(k -> k.contains("betas_session")).hasSize(
        40 + 40 + 32 + 30 + 40 + 32 + 40 + 30);
    assertThat(keys(p)).filteredOn(k -> k.startsWith("nsddata/ppdata/subj01/")).containsExactly(
        "nsddata/ppdata/subj01/func1pt8mm/roi/prf-visualrois.nii.gz",
        "nsddata/ppdata/subj01/func1pt8mm/roi/streams.nii.gz",
        "nsddata/ppdata/subj01/func1pt8mm/roi/nsdgeneral.nii.gz");
    assertThat(keys(p)).noneMatch(k -> k.contains("ncsnr") || k.contains("stimuli"));
  }

  @Test
  void aSubjectSessionOrRoiNsdLacksIsRefusedWithTheValidOnes() {
    assertThatThrownBy(() -> plan(Map.of(), new FetchRequest(List.of("9"), Optional.empty(),
        List.of("all"), false))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("subject '9'").hasMessageContaining("1 to 8");
    assertThatThrownBy(() -> plan(Map.of("sessions", "[1,33]"), new FetchRequest(
        List.of("1", "6"), Optional.empty(), List.of("all"), false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("session 33 of subj06").hasMessageContaining("1 to 32");
    assertThatThrownBy(() -> plan(Map.of(), new FetchRequest(List.of("1"), Optional.empty(),
        List.of("V7"), false))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ROI 'V7'").hasMessageContaining("V1-V4");
  }
}
