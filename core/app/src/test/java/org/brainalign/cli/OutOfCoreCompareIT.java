package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} through the launcher on a feature file three times larger than the heap
 * ({@code -Xmx64m}, 240 MB of float32), with three non-finite columns dropped: it completes, and its
 * spectrum equals that of a run with a 1 GB heap. Guards that nothing in the dual route or the
 * non-finite scan holds the n × p matrix.
 */
class OutOfCoreCompareIT {
  private static final int N = 400;
  private static final int P = 150_000;
  private static final int Q = 40;
  private static final String METRIC = "cross-decomposition:folds=4,permutations=20";

  @TempDir
  static Path dir;

  /** Writes a C-order float32 {@code .npy}, one row at a time from {@code row}. */
  private static void writeNpy(Path file, int rows, int cols, RowSource row) throws IOException {
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + cols
        + "), }";
    int unpadded = 10 + dict.length() + 1;
    String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
    ByteBuffer head = ByteBuffer.allocate(10 + header.length()).order(ByteOrder.LITTLE_ENDIAN);
    head.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1)
        .put((byte) 0).putShort((short) header.length())
        .put(header.getBytes(StandardCharsets.US_ASCII)).flip();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      ch.write(head);
      float[] values = new float[cols];
      ByteBuffer buf = ByteBuffer.allocate(4 * cols).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < rows; i++) {
        row.fill(i, values);
        buf.clear();
        buf.asFloatBuffer().put(values);
        buf.limit(4 * cols);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
      }
    }
  }

  private interface RowSource {
    void fill(int row, float[] values);
  }

  @BeforeAll
  static void data() throws IOException {
    // X and Y share 8 latent dimensions, spread over every feature column; plus noise.
    int latent = 8;
    float[][] loadings = new float[latent][P];
    SplittableRandom a = new SplittableRandom(3);
    for (float[] row : loadings) {
      for (int j = 0; j < P; j++) {
        row[j] = (float) a.nextGaussian();
      }
    }
    float[][] x = new float[N][latent];
    for (int i = 0; i < N; i++) {
      SplittableRandom r = new SplittableRandom(100 + i);
      for (int k = 0; k < latent; k++) {
        x[i][k] = (float) r.nextGaussian();
      }
    }
    writeNpy(dir.resolve("x.npy"), N, P, (i, v) -> {
      SplittableRandom r = new SplittableRandom(1_000 + i);
      for (int j = 0; j < P; j++) {
        double s = r.nextGaussian();
        for (int k = 0; k < latent; k++) {
          s += x[i][k] * loadings[k][j];
        }
        v[j] = (float) s;
      }
      if (i == 7) {
        v[11] = Float.NaN;
      } else if (i == 300) {
        v[5_000] = Float.POSITIVE_INFINITY;
      } else if (i == 1) {
        v[P - 1] = Float.NEGATIVE_INFINITY;
      }
    });
    SplittableRandom w = new SplittableRandom(7);
    double[][] weights = new double[latent][Q];
    for (double[] row : weights) {
      for (int j = 0; j < Q; j++) {
        row[j] = w.nextGaussian();
      }
    }
    writeNpy(dir.resolve("y.npy"), N, Q, (i, v) -> {
      SplittableRandom r = new SplittableRandom(50_000 + i);
      for (int j = 0; j < Q; j++) {
        double s = 0;
        for (int k = 0; k < latent; k++) {
          s += x[i][k] * weights[k][j];
        }
        v[j] = (float) (s + r.nextGaussian());
      }
    });
  }

  private static int launch(String heap, Path out) throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("brainalign.root", "../..")).toAbsolutePath();
    List<String> cmd = new ArrayList<>(List.of(root.resolve("brainalign").toString(), "compare",
        "-q", "--x", dir.resolve("x.npy").toString(), "--y", dir.resolve("y.npy").toString(),
        "--non-finite=drop", "--metric", METRIC, "--out", out.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
    pb.environment().put("BRAINALIGN_NO_BUILD", "1");
    pb.environment().put("JAVA_OPTS", "-Xmx" + heap);
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve(out.getFileName() + ".log").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("compare finished").isTrue();
    return p.exitValue();
  }

  @Test
  void aFeatureFileLargerThanTheHeapGivesTheInMemoryResult() throws Exception {
    assertThat(Files.size(dir.resolve("x.npy"))).isGreaterThan(3L * 64 * 1024 * 1024);
    Path small = dir.resolve("heap64m");
    int exit = launch("64m", small);
    assertThat(exit).as(Files.readString(dir.resolve("heap64m.log"))).isZero();
    Path large = dir.resolve("heap1g");
    assertThat(launch("1g", large)).as(Files.readString(dir.resolve("heap1g.log"))).isZero();

    Map<String, Object> summary = JsonFiles.read(small.resolve("summary.json"));
    Map<?, ?> x = (Map<?, ?>) ((Map<?, ?>) summary.get("non_finite")).get("x");
    assertThat(x.get("dropped_columns")).isEqualTo(3);
    assertThat(x.get("first_dropped")).isEqualTo(List.of(11, 5_000, P - 1));

    List<double[]> a = SpectrumCsv.rankAndCorrelation(small.resolve("spectrum.csv"));
    List<double[]> b = SpectrumCsv.rankAndCorrelation(large.resolve("spectrum.csv"));
    assertThat(a).hasSameSizeAs(b).isNotEmpty();
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i)[0]).isEqualTo(b.get(i)[0]);
      assertThat(a.get(i)[1]).as("rank %s", a.get(i)[0]).isCloseTo(b.get(i)[1], within(1e-9));
    }
    // The shared latent dimensions are found under the small heap too.
    assertThat(a.get(0)[1]).isGreaterThan(0.5);
  }
}
