package org.brainalign.plugins.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, no guessing on input: each case was accepted and gave wrong numbers or a message in
 * processed coordinates; each is now an error naming the file and where in it.
 */
class GuessedInputTest {
  @TempDir Path dir;

  private AbstractThrowableAssert<?, ? extends Throwable> fails(Path root, String subject,
      String... options) {
    return assertThatThrownBy(() -> responses(root, subject, options))
        .isInstanceOf(InvalidInputException.class);
  }

  private static DenseMatrix responses(Path root, String subject, String... options) {
    try (BrainDataset ds = Fixtures.open(root, options)) {
      return ds.responses(subject, "V1", RunContext.quiet(1)).data().data().toDense();
    }
  }

  private static void edit(Path file, String from, String to) {
    String text = Fixtures.read(file);
    assertThat(text).contains(from);
    Fixtures.write(file, text.replace(from, to));
  }

  /** pandas' DataFrame(a).to_csv(index=False) header: the column numbers 0..8. */
  @Test
  void pandasColumnNumbersAsTheHeaderOfResponsesMustBeStated() {
    Path root = Fixtures.copyTiny(dir);
    DenseMatrix expected = responses(root, "S2");
    Path csv = root.resolve("S2/betas.csv");
    Fixtures.write(csv, "0,1,2,3,4,5,6,7,8\n" + Fixtures.read(csv));
    fails(root, "S2").hasMessageContaining("betas.csv: line 1 is '0,1,…,8': column numbers")
        .hasMessageContaining("add responses-header: true (it names the columns) or false")
        .hasMessageContaining("to subject 'S2' in dataset.yaml");
    Path yaml = root.resolve("dataset.yaml");
    edit(yaml, "    responses: S2/betas.csv\n",
        "    responses: S2/betas.csv\n    responses-header: true\n");
    assertThat(responses(root, "S2").data()).containsExactly(expected.data());
    edit(yaml, "responses-header: true", "responses-header: false");
    fails(root, "S2").hasMessageContaining("expected 14 data lines");
    edit(yaml, "responses-header: false", "responses-header: maybe");
    fails(root, "S2").hasMessageContaining("responses-header: expected true");
  }

  @Test
  void aTableHeaderOfNumbersOnlyIsRefusedAndResponseColumnIdsAreUnique() {
    Path root = Fixtures.copyTiny(dir);
    Path voxels = root.resolve("S1/voxels.csv");
    Fixtures.write(voxels, "1,0,1,0\n");
    fails(root, "S1").hasMessageContaining("voxels.csv: line 1: expected a header line naming the "
        + "columns of the voxel table, found numbers only ('1,0,1,0')");
    Path csv = root.resolve("S2/betas.csv");
    Fixtures.write(csv, "a,b,c,d,e,f,g,h,c\n" + Fixtures.read(csv));
    fails(root, "S2").hasMessageContaining("betas.csv: header: column id 'c' names columns 3 "
        + "and 9");
  }

  @Test
  void nonFiniteResponsesAreNamedWhereTheyStandInTheFile() throws IOException {
    Path root = Fixtures.copyTiny(dir);
    Path csv = root.resolve("S2/betas.csv");
    List<String> lines = new ArrayList<>(Fixtures.lines(csv));
    String[] cells = lines.get(0).split(",");
    cells[1] = "inf";
    lines.set(0, String.join(",", cells));
    Fixtures.write(csv, "v0,v1,v2,v3,v4,v5,v6,v7,v8\n\n" + String.join("\n", lines) + "\n");
    fails(root, "S2").hasMessageContaining("betas.csv: expected finite responses, found +Inf at "
        + "line 3, column 2 (1-based, as an editor shows the file) (subject 'S2')")
        .hasMessageContaining("non-finite=keep");
    fails(root, "S2", "zscore", "none").hasMessageContaining("found +Inf at line 3, column 2");
    // non-finite=keep passes it on: the study's policy then acts on the voxel's column.
    assertThat(responses(root, "S2", "non-finite", "keep").data()).matches(d -> hasNaN(d));

    float[] values = npyValues(root.resolve("S1/betas.npy"));
    values[4 * 9 + 7] = Float.NEGATIVE_INFINITY;
    writeNpy(root.resolve("S1/betas.npy"), new long[] {13, 9}, values);
    fails(root, "S1").hasMessageContaining("betas.npy: expected finite responses, found -Inf at "
        + "row 4, column 7 (0-based indices of the array)");
  }

  private static boolean hasNaN(double[] d) {
    for (double v : d) {
      if (Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aSessionOfOneTrialCannotBeZScored() {
    Path root = Fixtures.copyTiny(dir);
    Path trials = root.resolve("S1/trials.csv");
    Fixtures.replaceLine(trials, 14, "im2,C,x");
    fails(root, "S1").hasMessageContaining("trials.csv: subject 'S1', session 'C' (line 14): "
        + "zscore=session needs at least 2 trials in each session, found 1")
        .hasMessageContaining("Pass zscore=none");
    assertThat(responses(root, "S1", "zscore", "none").rows()).isEqualTo(5);
  }

  @Test
  void aResponseArrayThatIsNot2dIsRefusedWithItsShape() throws IOException {
    Path root = Fixtures.copyTiny(dir);
    Path npy = root.resolve("S1/betas.npy");
    writeNpy(npy, new long[] {13, 3, 3}, npyValues(npy));
    fails(root, "S1").hasMessageContaining("betas.npy: expected a 2-D array (response rows × "
        + "voxels), found 3-D shape (13, 3, 3)");
  }

  @Test
  void duplicateVoxelIdsNameBothLines() {
    Path root = Fixtures.copyTiny(dir);
    Path voxels = root.resolve("S1/voxels.csv");
    Fixtures.replaceLine(voxels, 6, Fixtures.lines(voxels).get(5).replaceFirst("^v4,", "v1,"));
    fails(root, "S1").hasMessageContaining("voxels.csv: line 6, column 1 (id): expected a voxel "
        + "id of its own, found 'v1', the id of line 3 too");
  }

  /** The float32 values of a C-order .npy written by numpy (version 1.0 header). */
  private static float[] npyValues(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    int headerLen = b.getShort(8) & 0xffff;
    b.position(10 + headerLen);
    float[] out = new float[b.remaining() / 4];
    b.asFloatBuffer().get(out);
    return out;
  }

  /** A little-endian float32 .npy of {@code shape}, as numpy.save writes it. */
  static void writeNpy(Path file, long[] shape, float[] values) throws IOException {
    StringBuilder dims = new StringBuilder();
    for (long d : shape) {
      dims.append(d).append(", ");
    }
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': ("
        + dims.substring(0, shape.length == 1 ? dims.length() - 1 : dims.length() - 2) + "), }";
    int total = 10 + dict.length() + 1;
    String header = dict + " ".repeat((64 - total % 64) % 64) + "\n";
    ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 4 * values.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
    b.putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII));
    for (float v : values) {
      b.putFloat(v);
    }
    Files.write(file, b.array());
  }
}
