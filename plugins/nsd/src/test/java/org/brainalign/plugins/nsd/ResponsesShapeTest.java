package org.brainalign.plugins.nsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;

/** Stimulus and voxel tables, the manifest, the constant-voxel rule and the stimulus images. */
class ResponsesShapeTest {
  private static final RunContext CTX = RunContext.quiet(1);

  @Test
  void tablesDescribeRowsAndColumns() {
    try (BrainDataset ds = Fixtures.open(Fixtures.root(), "repetitions", "separate")) {
      Responses r = ds.responses("1", "V1-V4", CTX);
      assertThat(r.stimuli().columns()).containsExactly("nsd_id", "repetition", "session", "trial");
      assertThat(r.stimuli().rows()).hasSize(36);
      List<Object> first = r.stimuli().rows().get(0);
      assertThat(r.data().rowIds().get(0)).isEqualTo(first.get(0) + "#" + first.get(1));
      assertThat(r.data().rowIds().stimulus(0)).isEqualTo(first.get(0).toString());
      assertThat(first.subList(2, 4)).containsExactly(1, 0);
      assertThat(r.stimuli().rows().get(35).subList(2, 4)).containsExactly(3, 11);
      // the fixture's betas_fithrf_GLMdenoise_RR has ncsnr.nii.gz
      assertThat(r.voxels().columns()).containsExactly("flat_index", "i", "j", "k", "ncsnr");
      for (List<Object> v : r.voxels().rows()) {
        int f = (Integer) v.get(0);
        assertThat(v.subList(1, 4)).containsExactly(f % 7, (f / 7) % 5, f / 35);
      }
    }
  }

  @Test
  void manifestRecordsOptionsFilesCountsAndRule() {
    try (BrainDataset ds = Fixtures.open(Fixtures.root())) {
      Responses r = ds.responses("subj01", "V1-V4", CTX);
      Map<String, Object> m = r.manifest();
      assertThat(m).containsEntry("subject", "subj01").containsEntry("roi", "V1-V4")
          .containsEntry("betas", "betas_fithrf_GLMdenoise_RR").containsEntry("read", "chunks")
          .containsEntry("sessions", List.of(1, 2, 3)).containsEntry("trials_per_session", 12);
      @SuppressWarnings("unchecked")
      Map<String, String> options = (Map<String, String>) m.get("options");
      assertThat(options).containsEntry("zscore", "session")
          .containsEntry("repetitions", "mean").containsKey("root");
      List<?> files = (List<?>) m.get("files");
      assertThat(files).hasSize(6);
      assertThat(files.toString()).contains("nsddata/experiments/nsd/nsd_expdesign.mat",
          "nsddata/ppdata/subj01/func1pt8mm/roi/prf-visualrois.nii.gz",
          "betas_fithrf_GLMdenoise_RR/ncsnr.nii.gz",
          "betas_fithrf_GLMdenoise_RR/betas_session03.hdf5", "bytes=");
      Map<?, ?> counts = (Map<?, ?>) m.get("counts");
      assertThat(counts.get("trials")).isEqualTo(36);
      assertThat(counts.get("rows")).isEqualTo(r.data().rows());
      Map<?, ?> rule = (Map<?, ?>) m.get("voxel_rule");
      assertThat(rule.get("constant_voxel_sessions")).isEqualTo(1);
      assertThat(rule.get("voxels_dropped")).isEqualTo(0);
    }
  }

  @Test
  void dropRuleRemovesTheConstantVoxel() {
    int constantVoxel = 2 + 7 * (1 + 5 * 3); // (i, j, k) = (2, 1, 3), constant in session 2
    try (BrainDataset zero = Fixtures.open(Fixtures.root());
        BrainDataset drop = Fixtures.open(Fixtures.root(), "constant-voxels", "drop")) {
      Responses kept = zero.responses("1", "V1-V4", CTX);
      Responses dropped = drop.responses("1", "V1-V4", CTX);
      assertThat(columnIds(kept)).contains(Integer.toString(constantVoxel));
      assertThat(columnIds(dropped)).doesNotContain(Integer.toString(constantVoxel))
          .hasSize(kept.data().columns() - 1);
      assertThat(((Map<?, ?>) dropped.manifest().get("voxel_rule")).get("voxels_dropped"))
          .isEqualTo(1);
      int c = columnIds(kept).indexOf(Integer.toString(constantVoxel + 1));
      int d = columnIds(dropped).indexOf(Integer.toString(constantVoxel + 1));
      if (c >= 0) {
        for (int row = 0; row < kept.data().rows(); row++) {
          assertThat(dropped.data().data().get(row, d)).isEqualTo(kept.data().data().get(row, c));
        }
      }
    }
  }

  @Test
  void stimuliAreTheImagesOfTheRowsReadFromImgBrick() {
    for (String reps : List.of("mean", "separate")) {
      try (BrainDataset ds = Fixtures.open(Fixtures.root(), "repetitions", reps)) {
        Responses r = ds.responses("1", "V1", CTX);
        ImageSource images = ds.stimuli("subj01", CTX);
        assertThat(images.size()).isEqualTo(r.data().rows());
        for (int i = 0; i < images.size(); i++) {
          assertThat(images.id(i)).isEqualTo(r.data().rowIds().get(i));
          int nsd = Integer.parseInt(images.id(i).split("#")[0]);
          assertThat(images.stimulus(i)).isEqualTo(Integer.toString(nsd))
              .isEqualTo(r.data().rowIds().stimulus(i));
          RgbImage img = images.read(i);
          assertThat(img.width()).isEqualTo(5);
          assertThat(img.height()).isEqualTo(6);
          // generate_fixtures.py: pixel = (nsd*7 + row*31 + col*5 + channel) % 256
          for (int row = 0; row < 6; row++) {
            for (int col = 0; col < 5; col++) {
              for (int ch = 0; ch < 3; ch++) {
                assertThat(img.pixels()[(row * 5 + col) * 3 + ch] & 0xFF).as("image %d", nsd)
                    .isEqualTo((nsd * 7 + row * 31 + col * 5 + ch) % 256);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void roisListIsTheCatalogs() {
    try (BrainDataset ds = Fixtures.open(Fixtures.root())) {
      assertThat(ds.rois("1")).startsWith("V1v", "V1d").contains("lh.V1-V4", "floc-faces:FFA-1");
    }
  }

  private static List<String> columnIds(Responses r) {
    List<String> out = new java.util.ArrayList<>();
    for (int c = 0; c < r.data().columns(); c++) {
      out.add(r.data().columnIds().get(c));
    }
    return out;
  }
}
