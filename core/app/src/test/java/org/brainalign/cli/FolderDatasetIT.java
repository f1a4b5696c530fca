package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.formats.npy.NpyWriter;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code folder} dataset through the real launcher: a study on it gives the spectrum that
 * {@code compare} gives on the same features (from {@code brainalign features}) and the responses
 * {@code brainalign responses} writes; its averaged responses equal a direct computation; a response
 * matrix larger than the heap streams; a bad manifest is exit 2 with one line.
 */
class FolderDatasetIT {
  @TempDir
  Path dir;

  private static final String[] SESSIONS = {"A", "B"};

  /** Images, a (2 sessions × n stimuli) × q float32 matrix with a shared signal, tables, yaml. */
  private Path dataset(int n, int q, boolean images) throws IOException {
    Path root = Files.createDirectories(dir.resolve("data"));
    Path img = Files.createDirectories(root.resolve("images"));
    SplittableRandom rnd = new SplittableRandom(16);
    float[] signal = new float[n];
    for (int i = 0; i < n; i++) {
      String id = String.format("s%05d", i);
      signal[i] = (float) rnd.nextGaussian();
      if (images) {
        BufferedImage b = new BufferedImage(40, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
          for (int x = 0; x < 40; x++) {
            int v = (int) Math.max(0, Math.min(255, 128 + 60 * signal[i] * ((x + y) % 7 - 3) / 3.0
                + 20 * rnd.nextGaussian()));
            b.setRGB(x, y, (v << 16) | (((x * 6) & 255) << 8) | ((255 - v) & 255));
          }
        }
        ImageIO.write(b, "png", img.resolve(id + ".png").toFile());
      } else {
        Files.writeString(img.resolve(id + ".png"), "");
      }
    }
    Path s1 = Files.createDirectories(root.resolve("S1"));
    StringBuilder trials = new StringBuilder("stimulus,session\n");
    try (NpyWriter w = NpyWriter.create(s1.resolve("betas.npy"), NpyDtype.FLOAT32, 2L * n, q)) {
      float[] row = new float[q];
      for (int s = 0; s < 2; s++) {
        for (int k = 0; k < n; k++) {
          int i = (k * 7 + s * 3) % n; // each session shows every stimulus, in its own order
          trials.append(String.format("s%05d", i)).append(',').append(SESSIONS[s]).append('\n');
          for (int v = 0; v < q; v++) {
            row[v] = (float) (100 * s + v % 5 + signal[i] * Math.sin(v + 1) + rnd.nextGaussian());
          }
          w.appendRows(row, 1);
        }
      }
      w.commit();
    }
    Files.writeString(s1.resolve("trials.csv"), trials.toString());
    StringBuilder voxels = new StringBuilder("roi\n");
    for (int v = 0; v < q; v++) {
      voxels.append("all\n");
    }
    Files.writeString(s1.resolve("voxels.csv"), voxels.toString());
    Files.writeString(root.resolve("dataset.yaml"), """
        stimuli: images
        subjects:
          S1:
            responses: S1/betas.npy
            rows: S1/trials.csv
            voxels: S1/voxels.csv
        """);
    return root;
  }

  private Result launch(String heap, String... args) throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("brainalign.root", "../..")).toAbsolutePath();
    List<String> cmd = new ArrayList<>(List.of(root.resolve("brainalign").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
    pb.environment().put("BRAINALIGN_NO_BUILD", "1");
    pb.environment().put("JAVA_OPTS", "-Xmx" + heap);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile());
    pb.redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished: " + cmd).isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private record Result(int exit, String out, String err) {
    Result ok() {
      assertThat(exit).as(out + err).isZero();
      return this;
    }
  }

  /** The expected responses: z-score per voxel within session (ddof 0), mean per stimulus. */
  private static double[][] expected(NpyMatrix x, List<String> lines, int n) {
    int q = x.columns();
    double[][] sum = new double[n][q];
    double[] row = new double[q];
    for (int s = 0; s < 2; s++) {
      double[] mean = new double[q];
      double[] var = new double[q];
      for (int k = 0; k < n; k++) {
        x.readRows(s * n + k, s * n + k + 1, row);
        for (int v = 0; v < q; v++) {
          mean[v] += row[v] / n;
        }
      }
      for (int k = 0; k < n; k++) {
        x.readRows(s * n + k, s * n + k + 1, row);
        for (int v = 0; v < q; v++) {
          var[v] += (row[v] - mean[v]) * (row[v] - mean[v]) / n;
        }
      }
      for (int k = 0; k < n; k++) {
        int i = Integer.parseInt(lines.get(1 + s * n + k).substring(1, 6));
        x.readRows(s * n + k, s * n + k + 1, row);
        for (int v = 0; v < q; v++) {
          sum[i][v] += (row[v] - mean[v]) / Math.sqrt(var[v]) / 2;
        }
      }
    }
    return sum;
  }

  private static void assertResponses(Path npy, double[][] want, double tol) {
    NpyMatrix got = NpyMatrix.open(npy);
    assertThat(got.rows()).isEqualTo(want.length);
    double[] row = new double[got.columns()];
    for (int i = 0; i < want.length; i++) {
      got.readRows(i, i + 1, row);
      for (int v = 0; v < row.length; v += Math.max(1, row.length / 97)) {
        assertThat(row[v]).as("row %d voxel %d", i, v).isCloseTo(want[i][v], within(tol));
      }
    }
  }

  /**
   * {@code responses} of subject S1's whole brain in the folder dataset at {@code root} ({@code n}
   * images), run under a {@code heap} heap into {@code out}, equals the betas averaged by hand.
   */
  private void writesTheExpectedResponses(String heap, Path root, int n, Path out,
      double tolerance) throws Exception {
    launch(heap, "responses", "--dataset", "folder:root=" + root, "--subject", "S1", "--roi",
        "all", "--out", out.toString()).ok();
    assertResponses(out.resolve("responses.npy"),
        expected(NpyMatrix.open(root.resolve("S1/betas.npy")),
            Files.readAllLines(root.resolve("S1/trials.csv")), n), tolerance);
  }

  @Test
  void aStudyOnAFolderDatasetGivesTheSpectrumOfCompareOnTheSameFeatures() throws Exception {
    int n = 48;
    Path root = dataset(n, 30, true);
    String model = "resnet50:weights=random:0";
    String metric = "cross-decomposition:folds=4,seed=0,permutations=20";
    Path features = dir.resolve("features");
    launch("1g", "features", "-q", "--model", model, "--images", root.resolve("images").toString(),
        "--layers", "avgpool", "--out", features.toString()).ok();
    Path responses = dir.resolve("responses");
    writesTheExpectedResponses("1g", root, n, responses, 1e-5);
    Map<String, Object> manifest = JsonFiles.read(responses.resolve("manifest.json"));
    assertThat(manifest.get("dataset_manifest")).asString()
        .contains("repetitions=mean", "zscore=session", "in the stimulus set's order");
    Path compared = dir.resolve("compare");
    launch("1g", "compare", "-q", "--x", features.resolve("avgpool.npy").toString(), "--y",
        responses.resolve("responses.npy").toString(), "--metric", metric, "--out",
        compared.toString()).ok();
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, "name: folder vs compare\n"
        + "model:\n  spec: " + model + "\n  layers: [avgpool]\n"
        + "dataset:\n  spec: folder:root=" + root + "\n  subjects: [S1]\n  rois: [all]\n"
        + "metrics:\n  - " + metric + "\n");
    Path out = dir.resolve("study");
    launch("1g", "run", study.toString(), "--out", out.toString()).ok();
    List<double[]> a = SpectrumCsv.rankAndCorrelation(compared.resolve("spectrum.csv"));
    List<double[]> b = SpectrumCsv.rankAndCorrelation(out.resolve("spectra.csv"));
    assertThat(b).hasSameSizeAs(a).isNotEmpty();
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i)[0]).isEqualTo(a.get(i)[0]);
      assertThat(b.get(i)[1]).as("rank %s", a.get(i)[0]).isCloseTo(a.get(i)[1], within(1e-6));
    }
  }

  @Test
  void aResponseMatrixLargerThanTheHeapStreams() throws Exception {
    int n = 1_500;
    int q = 20_000; // 3,000 rows × 20,000 float32 = 240 MB, run under a 64 MB heap
    Path root = dataset(n, q, false);
    assertThat(Files.size(root.resolve("S1/betas.npy"))).isGreaterThan(3L * 64 * 1024 * 1024);
    writesTheExpectedResponses("64m", root, n, dir.resolve("responses"), 1e-4);
  }

  @Test
  void aBadManifestIsExitTwoWithOneLine() throws Exception {
    Path root = dataset(3, 4, false);
    Files.writeString(root.resolve("dataset.yaml"), Files.readString(root.resolve("dataset.yaml"))
        .replace("voxels:", "voxel:"));
    Result r = launch("256m", "responses", "--dataset", "folder:root=" + root, "--subject", "S1",
        "--roi", "all", "--out", dir.resolve("bad").toString());
    assertThat(r.exit).as(r.err).isEqualTo(2);
    assertThat(r.err).contains("dataset.yaml: line 6, column 5", "unknown key 'voxel'",
        "did you mean 'voxels'?").doesNotContain("\tat ");
    assertThat(r.err.strip().lines()).hasSize(1);
  }
}
