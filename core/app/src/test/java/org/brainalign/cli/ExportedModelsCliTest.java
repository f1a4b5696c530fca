package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.formats.MatrixFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models written by tools/export-model.py through the command line and the built-in plugins, with
 * only {@code file=…}: {@code layers} lists the exported names and shapes, {@code features} gives
 * torchvision's activations, and an option that contradicts the sidecar exits 2 naming both
 * values. Uses the committed MobileNetV3-small slice of plugins/onnx.
 */
class ExportedModelsCliTest {
  static final Path EXPORT = Path.of("../../plugins/onnx/src/test/resources/fixtures/export");
  static final Path MODELS = EXPORT.resolve("mobilenet_v3_small");

  @TempDir
  Path dir;

  @Test
  void layersListsTheSidecarsNamesAndShapes() {
    for (String spec : new String[] {"onnx:file=" + MODELS.resolve("model.onnx"),
        "torchscript:file=" + MODELS.resolve("model.pt")}) {
      Cli r = Cli.run("layers", "--model", spec);
      assertThat(r.exit).as(r.toString()).isZero();
      assertThat(r.out).as(spec).contains("features.1").contains("features.2").contains("16")
          .contains("8");
    }
  }

  @Test
  void featuresEqualTorchvisionsActivations() throws IOException {
    Path images = Files.createDirectories(dir.resolve("images"));
    Files.copy(EXPORT.resolve("images/wide.png"), images.resolve("wide.png")); // the first image
    float[] expected = floats(MODELS.resolve("features.2.f32"));
    for (String file : new String[] {"model.onnx", "model.pt"}) {
      String id = file.endsWith(".onnx") ? "onnx" : "torchscript";
      Path out = dir.resolve(id);
      Cli r = Cli.run("features", "-q", "--model", id + ":file=" + MODELS.resolve(file), "--images",
          images.toString(), "--layers", "features.2", "--out", out.toString());
      assertThat(r.exit).as(r.toString()).isZero();
      Matrix m = MatrixFiles.open(out.resolve("features.2.npy").toString()).matrix().data();
      double[] row = new double[m.columns()];
      m.readRows(0, 1, row);
      double diff = 0;
      double ref = 0;
      for (int i = 0; i < row.length; i++) {
        diff = Math.max(diff, Math.abs(row[i] - expected[i]));
        ref = Math.max(ref, Math.abs(expected[i]));
      }
      assertThat(diff / ref).as(id).isLessThan(1e-4);
    }
  }

  @Test
  void anOptionContradictingTheSidecarExits2NamingBothValues() {
    Cli r = Cli.run("layers", "--model", "onnx:file=" + MODELS.resolve("model.onnx") + ",crop=224,resize=300");
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("resize=37").contains("resize=300").contains("model.onnx.json")
        .doesNotContain("\tat ");
  }

  private static float[] floats(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    float[] f = new float[b.remaining() / 4];
    b.asFloatBuffer().get(f);
    return f;
  }
}
