package org.brainalign.plugins.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.run.RunContext;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of issue 16 is an {@link InvalidInputException} (exit code 2 in the CLI) naming
 * the file, the line or column, what was expected and what was found.
 */
class BadInputTest {
  @TempDir Path dir;

  private Path tiny() {
    return Fixtures.copyTiny(dir);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> responses(Path root, String subject,
      String roi, String... options) {
    return assertThatThrownBy(() -> {
      try (BrainDataset ds = Fixtures.open(root, options)) {
        ds.responses(subject, roi, RunContext.quiet(1));
      }
    }).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void rowsTableShorterThanTheResponses() {
    Path root = tiny();
    Fixtures.replaceLine(root.resolve("S1/trials.csv"), 5, null);
    responses(root, "S1", "V1").hasMessageContaining("trials.csv")
        .hasMessageContaining("expected 13 data lines, one per row of")
        .hasMessageContaining("betas.npy (13 × 9), found 12");
  }

  @Test
  void voxelTableLongerThanTheColumns() {
    Path root = tiny();
    Fixtures.write(root.resolve("S1/voxels.csv"), Fixtures.read(root.resolve("S1/voxels.csv"))
        + "v9,V3,0,1\n");
    responses(root, "S1", "V1").hasMessageContaining("voxels.csv")
        .hasMessageContaining("expected 9 data lines, one per column of")
        .hasMessageContaining("found 10");
  }

  @Test
  void stimulusWithoutImage() {
    Path root = tiny();
    Fixtures.replaceLine(root.resolve("S1/trials.csv"), 3, "im9,A,x");
    responses(root, "S1", "V1").hasMessageContaining("trials.csv: line 3, column 1 (stimulus)")
        .hasMessageContaining("expected the id of an image in")
        .hasMessageContaining("found 'im9', which has no image");
  }

  @Test
  void nonNumericAndMissingResponseCells() {
    Path root = tiny();
    Path csv = root.resolve("S2/betas.csv");
    String[] row = Fixtures.lines(csv).get(2).split(",");
    row[1] = "abc";
    Fixtures.replaceLine(csv, 3, String.join(",", row));
    responses(root, "S2", "V1").hasMessageContaining("betas.csv: line 3, column 2")
        .hasMessageContaining("expected a number, found 'abc'");
    row[1] = " ";
    Fixtures.replaceLine(csv, 3, String.join(",", row));
    // An empty cell reads as NaN (as pandas writes it), refused where it stands in the file.
    responses(root, "S2", "V1").hasMessageContaining("betas.csv: expected finite responses, "
        + "found NaN at line 3, column 2");
    Fixtures.replaceLine(csv, 3, "1,2,3");
    responses(root, "S2", "V1").hasMessageContaining("betas.csv: line 3")
        .hasMessageContaining("line 3 has 3 cells, expected 9 like the first row");
  }

  @Test
  void missingAndNonNumericTableCells() {
    Path root = tiny();
    Fixtures.replaceLine(root.resolve("S1/trials.csv"), 4, "im2,,x");
    responses(root, "S1", "V1").hasMessageContaining("trials.csv: line 4, column 2 (session)")
        .hasMessageContaining("expected a session label, found an empty cell");
    root = Fixtures.copyTiny(dir.resolve("b"));
    Fixtures.replaceLine(root.resolve("S1/voxels.csv"), 2, "v0,V1,yes,0");
    responses(root, "S1", "V1").hasMessageContaining("voxels.csv: line 2, column 3 (early)")
        .hasMessageContaining("expected 0 or 1 (membership of ROI 'early'), found 'yes'");
    root = Fixtures.copyTiny(dir.resolve("c"));
    Fixtures.replaceLine(root.resolve("S1/trials.csv"), 4, "im2,A");
    responses(root, "S1", "V1").hasMessageContaining("trials.csv: line 4: expected 3 cells like "
        + "the header (stimulus,session,note), found 2");
  }

  @Test
  void roiWithNoVoxel() {
    Path root = tiny();
    Path voxels = root.resolve("S1/voxels.csv");
    StringBuilder sb = new StringBuilder("id,roi,early,empty\n");
    for (int v = 0; v < 9; v++) {
      sb.append("v").append(v).append(",V1,1,0\n");
    }
    Fixtures.write(voxels, sb.toString());
    responses(root, "S1", "V1").hasMessageContaining("voxels.csv: column 4 (empty)")
        .hasMessageContaining("expected at least one voxel with 1 in ROI column 'empty', found "
            + "none");
  }

  @Test
  void aVoxelTableThatDefinesNoRoiSaysSoInsteadOfSuggestingNull() {
    Path root = tiny();
    StringBuilder sb = new StringBuilder("id\n");
    for (int v = 0; v < 9; v++) {
      sb.append("v").append(v).append("\n");
    }
    Fixtures.write(root.resolve("S1/voxels.csv"), sb.toString());
    responses(root, "S1", "V1").hasMessageContaining("S1/voxels.csv")
        .hasMessageContaining("defines no ROI (subject 'S1'")
        .hasMessageContaining("expected a 'roi' column").hasMessageContaining("[id]")
        .hasMessageNotContaining("null");
  }

  @Test
  void anEmptySubjectsMappingIsCalledEmpty() {
    Path root = tiny();
    Path yaml = root.resolve("dataset.yaml");
    String good = Fixtures.read(yaml);
    Fixtures.write(yaml, good.substring(0, good.indexOf("subjects:")) + "subjects: {}\n");
    responses(root, "S1", "V1").hasMessageContaining("dataset.yaml: line 3")
        .hasMessageContaining("subjects: expected a mapping of subject ids")
        .hasMessageContaining("found an empty mapping ({}); name at least one subject")
        .hasMessageNotContaining("found a mapping");
  }

  @Test
  void subjectOrRoiTheManifestLacks() {
    Path root = tiny();
    responses(root, "S9", "V1").hasMessageContaining("dataset.yaml")
        .hasMessageContaining("expected one of the subjects [S1, S2, S2h5, S3], found 'S9'");
    responses(root, "S1", "V9").hasMessageContaining("subject 'S1'")
        .hasMessageContaining("found 'V9'").hasMessageContaining("Did you mean 'V1'?");
    // S2 offers only its rois: list, although its voxel table defines more.
    responses(root, "S2", "V2").hasMessageContaining("one of the ROIs [V1, early]");
  }

  @Test
  void zscoreBySessionNeedsTheSessionColumn() {
    Path root = tiny();
    Path trials = root.resolve("S1/trials.csv");
    Fixtures.write(trials, Fixtures.read(trials).replace("stimulus,session,note",
        "stimulus,run,note"));
    responses(root, "S1", "V1").hasMessageContaining("trials.csv: line 1: expected a column "
        + "'session'").hasMessageContaining("or pass zscore=none");
    try (BrainDataset ds = Fixtures.open(root, "zscore", "none")) {
      assertThat(ds.responses("S1", "V1", RunContext.quiet(1)).data().rows()).isEqualTo(5);
    }
  }

  /**
   * Edits of dataset.yaml (the first text replaced by the second), the subject read, and what the
   * error names: a misspelt key its nearest valid one, a missing file or dataset its name.
   */
  static Stream<Arguments> manifestEdits() {
    return Stream.of(
        edit("    responses: S1/betas.npy", "    respones: S1/betas.npy", "S1",
            "dataset.yaml: line 5, column 5", "unknown key 'respones'; did you mean 'responses'?"),
        edit("subjects:", "subject:", "S1",
            "line 3, column 1", "unknown key 'subject'; did you mean 'subjects'?"),
        edit("    rows: S1/trials.csv\n", "", "S1",
            "line 5, column 5", "subject 'S1': expected the key 'rows'"),
        edit("  S1:\n", "  S1:\n\t", "S1", "dataset.yaml: line", "not valid YAML"),
        edit("S1/betas.npy", "S1/nothing.npy", "S1", "nothing.npy", "no such file"),
        edit("stimuli: images", "stimuli: pictures", "S1",
            "pictures", "the stimulus folder named by stimuli:"),
        edit("S2/betas.h5:/responses/betas", "S2/betas.h5:/nope", "S2h5",
            "betas.h5", "cannot read dataset '/nope'"),
        edit("rois: [V1, early]", "rois: [V1, V7]", "S2", "S2/voxels.csv",
            "expected voxels for ROI 'V7' (listed under rois: of subject 'S2'", "found none"));
  }

  private static Arguments edit(String find, String replacement, String subject,
      String... expected) {
    return Arguments.of(find, replacement, subject, List.of(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("manifestEdits")
  void aBadManifestEntryIsNamed(String find, String replacement, String subject,
      List<String> expected) {
    Path root = tiny();
    Path yaml = root.resolve("dataset.yaml");
    Fixtures.write(yaml, Fixtures.read(yaml).replace(find, replacement));
    var error = responses(root, subject, "V1");
    expected.forEach(error::hasMessageContaining);
  }

  @Test
  void labelVolumeCoordinatesAreChecked() {
    Path root = tiny();
    Fixtures.replaceLine(root.resolve("S3/voxels.csv"), 3, "v1,1,3,0");
    responses(root, "S3", "V1").hasMessageContaining("S3/voxels.csv: line 3, column 3 (j)")
        .hasMessageContaining("expected a coordinate from 0 to 2 (the volume rois.nii.gz is 3 × 3 "
            + "× 2), found 3");
    Fixtures.replaceLine(root.resolve("S3/voxels.csv"), 3, "v1,1,x,0");
    responses(root, "S3", "V1").hasMessageContaining("line 3, column 3 (j)")
        .hasMessageContaining("expected a whole number from 0 to 2, found 'x'");
    Fixtures.write(root.resolve("S3/voxels.csv"), "id,i,j\nv0,0,0\n");
    responses(root, "S3", "V1").hasMessageContaining("S3/voxels.csv: line 1: expected columns i, "
        + "j, k");
    Path yaml = root.resolve("dataset.yaml");
    Fixtures.write(yaml, Fixtures.read(yaml).replace("{1: V1, 2: V2}", "{1: V1, one: V2}"));
    responses(root, "S3", "V1").hasMessageContaining("dataset.yaml: line")
        .hasMessageContaining("roi-names: expected a whole label number, found 'one'");
  }

  @Test
  void unseenImagesAreAWarningNotAnError() {
    try (BrainDataset ds = Fixtures.open(Fixtures.tiny())) {
      var r = ds.responses("S1", "V1", RunContext.quiet(1));
      assertThat(r.data().rows()).isEqualTo(5);
      assertThat(r.manifest().get("warnings")).asString()
          .contains("1 of 6 images are shown by no row of trials.csv", "[im6]");
    }
  }
}
