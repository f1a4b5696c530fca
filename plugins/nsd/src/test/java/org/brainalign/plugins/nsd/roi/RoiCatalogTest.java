package org.brainalign.plugins.nsd.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.plugins.nsd.Fixtures;
import org.brainalign.plugins.nsd.NsdLayout;
import org.junit.jupiter.api.Test;

class RoiCatalogTest {
  private final RoiCatalog catalog = new RoiCatalog(new NsdLayout(Fixtures.root()), "subj01");

  @Test
  void listsNamedRoisThenCtabLabelsThenHemispheres() {
    List<String> names = catalog.names();
    assertThat(names.subList(0, 11)).containsExactly("V1v", "V1d", "V2v", "V2d", "V3v", "V3d",
        "hV4", "V1", "V2", "V3", "V1-V4");
    assertThat(names).contains("early", "ventral", "high-level-ventral", "parietal", "nsdgeneral",
        "floc-faces:OFA", "floc-faces:aTL-faces", "lh.V1-V4", "rh.nsdgeneral",
        "lh.floc-faces:FFA-2");
    // Kastner2015 has no .ctab: usable as Kastner2015:N but not listed
    assertThat(names).noneMatch(n -> n.contains("Kastner2015"));
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void resolvesNamesAliasesHemispheresAndLabels() {
    assertThat(catalog.resolve("V1-V4").labels()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(catalog.resolve("V1-V4").fileName()).isEqualTo("prf-visualrois.nii.gz");
    assertThat(catalog.resolve("high-level-ventral").labels()).containsExactly(5);
    assertThat(catalog.resolve("high-level-ventral").family()).isEqualTo("streams");
    RoiSelection lh = catalog.resolve("lh.hV4");
    assertThat(lh.hemisphere()).isEqualTo(Hemisphere.LEFT);
    assertThat(lh.fileName()).isEqualTo("lh.prf-visualrois.nii.gz");
    RoiSelection faces = catalog.resolve("rh.floc-faces:FFA-1+FFA-2");
    assertThat(faces.fileName()).isEqualTo("rh.floc-faces.nii.gz");
    assertThat(faces.labels()).containsExactly(2, 3);
    assertThat(faces.labelNames()).containsExactly("FFA-1", "FFA-2");
    assertThat(catalog.resolve("Kastner2015:3").labels()).containsExactly(3);
  }

  @Test
  void unknownRoiListsTheKnownOnes() {
    assertThatThrownBy(() -> catalog.resolve("V5"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'V5'").hasMessageContaining("V1-V4")
        .hasMessageContaining("floc-faces:OFA");
  }

  @Test
  void unknownLabelListsTheFamilysLabels() {
    assertThatThrownBy(() -> catalog.resolve("floc-faces:FFA-9"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'FFA-9'").hasMessageContaining("OFA (1)")
        .hasMessageContaining("aTL-faces (5)");
    assertThatThrownBy(() -> catalog.resolve("Kastner2015:V1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Kastner2015.mgz.ctab").hasMessageContaining("label values");
  }

  @Test
  void unknownFileListsTheFiles() {
    assertThatThrownBy(() -> catalog.resolve("HCP_MMP1:V1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("HCP_MMP1.nii.gz")
        .hasMessageContaining("Kastner2015, floc-faces, nsdgeneral, prf-visualrois, streams");
  }

  @Test
  void labelTableReadsNsdCtab() {
    LabelTable t = LabelTable.read(Fixtures.root()
        .resolve("nsddata/freesurfer/subj01/label/prf-visualrois.mgz.ctab"));
    assertThat(t.names()).containsEntry(0, "Unknown").containsEntry(7, "hV4").hasSize(8);
    assertThat(t.valueOf("v1d")).isEqualTo(2);
    assertThat(t.valueOf("V9")).isEqualTo(-1);
  }
}
