package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.support.digest.Sha256;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brainalign compare} end to end in-process: outputs, provenance and user errors. */
class CompareCommandTest {
  @TempDir
  Path dir;

  private static final String X = Cli.example("compare/model.npy");
  private static final String Y = Cli.example("compare/brain.npy");

  @Test
  void kFoldSpectrumWritesEveryOutputWithProvenance() throws IOException {
    Path out = dir.resolve("out");
    Cli r = Cli.compareExample(out, "-q", "--metric",
        "cross-decomposition:folds=4,permutations=200");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("shared_dimensionality = 8");
    for (String f : List.of("summary.json", "spectrum.csv", "folds.csv", "spectrum.png",
        "spectrum.svg")) {
      assertThat(out.resolve(f)).exists();
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
    Map<String, Object> s = JsonFiles.read(out.resolve("summary.json"));
    assertThat(s.get("metric")).isEqualTo("cross-decomposition");
    assertThat(s.get("score")).isEqualTo(8.0);
    @SuppressWarnings("unchecked")
    Map<String, Object> x = (Map<String, Object>) ((Map<String, Object>) s.get("inputs")).get("x");
    assertThat(x.get("sha256")).isEqualTo(Sha256.of(Path.of(X)));
    assertThat(x.get("rows")).isEqualTo(300);
    assertThat(x.get("columns")).isEqualTo(2000);
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) s.get("result");
    assertThat(result.get("route_x")).isEqualTo("dual");
    assertThat(result.get("route_y")).isEqualTo("primal");
    assertThat(((Map<?, ?>) s.get("options")).get("folds")).isEqualTo("4");
    assertThat(Files.readString(out.resolve("spectrum.svg"))).contains("<svg").contains("</svg>");
    assertThat(Files.readAllLines(out.resolve("spectrum.csv")).get(0))
        .isEqualTo("rank,correlation,correlation_sd,singular_value,test_covariance,"
            + "null_quantile,p_value,reliable");
  }

  @Test
  void explicitSplitFromIndexFiles() {
    Path out = dir.resolve("split");
    Cli r = Cli.compareExample(out, "-q", "--train-index", Cli.example("compare/train.txt"),
        "--test-index", Cli.example("compare/test.txt"));
    assertThat(r.exit).as(r.toString()).isZero();
    Map<String, Object> s = JsonFiles.read(out.resolve("summary.json"));
    assertThat(((Map<?, ?>) s.get("result")).get("split")).isEqualTo("explicit");
    assertThat(((Map<?, ?>) s.get("result")).get("test_sizes")).isEqualTo(List.of(30));
  }

  @Test
  void sameInputsGiveByteIdenticalTables() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    String metric = "cross-decomposition:folds=3,permutations=50,bootstraps=20";
    assertThat(Cli.compareExample(a, "-q", "--metric", metric).exit).isZero();
    assertThat(Cli.compareExample(b, "-q", "--threads", "1", "--metric", metric).exit).isZero();
    assertThat(Files.readAllBytes(b.resolve("spectrum.csv")))
        .isEqualTo(Files.readAllBytes(a.resolve("spectrum.csv")));
  }

  private Cli fails(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).as("no stack trace for a user mistake").doesNotContain("\tat ");
    assertThat(r.err).startsWith("error: ");
    return r;
  }

  @Test
  void unknownMetricListsTheKnownOnes() {
    Cli r = fails("compare", "--x", X, "--y", Y, "--out", dir.resolve("o").toString(),
        "--metric", "procrustes");
    assertThat(r.err).contains("unknown metric 'procrustes'").contains("cross-decomposition");
  }

  @Test
  void unknownOptionListsTheValidKeysAndTypes() {
    Cli r = fails("compare", "--x", X, "--y", Y, "--out", dir.resolve("o").toString(),
        "--metric", "cross-decomposition:fold=3");
    assertThat(r.err).contains("unknown option 'fold'").contains("folds (integer)")
        .contains("route (auto|primal|dual)");
  }

  @Test
  void badInputFilesAreNamed() throws IOException {
    Path out = dir.resolve("o");
    assertThat(fails("compare", "--x", "nope.npy", "--y", Y, "--out", out.toString()).err)
        .contains("nope.npy").contains("no such file");
    Path small = dir.resolve("small.csv");
    Files.writeString(small, "7,2\n3,4\n5,6\n");
    assertThat(fails("compare", "--x", X, "--y", small.toString(), "--out", out.toString()).err)
        .contains("300 and 3 rows");
    Path bad = dir.resolve("bad.npy");
    Files.write(bad, Files.readAllBytes(Path.of(Y)), java.nio.file.StandardOpenOption.CREATE);
    Files.write(bad, java.util.Arrays.copyOf(Files.readAllBytes(Path.of(Y)), 1000));
    assertThat(fails("compare", "--x", X, "--y", bad.toString(), "--out", out.toString()).err)
        .contains("bad.npy").contains("truncated");
    assertThat(out.resolve("summary.json")).doesNotExist();
  }

  @Test
  void indexFilesAreChecked() throws IOException {
    Path train = dir.resolve("train.txt");
    Path test = dir.resolve("test.txt");
    Files.writeString(train, "0\n1\n2\n3\n4\n");
    Files.writeString(test, "5\n300\n");
    assertThat(fails("compare", "--x", X, "--y", Y, "--out", dir.resolve("o").toString(),
        "--train-index", train.toString(), "--test-index", test.toString()).err)
        .contains("row 300").contains("0-based");
    Files.writeString(test, "5\n4\n");
    assertThat(fails("compare", "--x", X, "--y", Y, "--out", dir.resolve("o").toString(),
        "--train-index", train.toString(), "--test-index", test.toString()).err)
        .contains("row 4 in both");
    assertThat(fails("compare", "--x", X, "--y", Y, "--out", dir.resolve("o").toString(),
        "--train-index", train.toString()).err).contains("go together");
  }

  @Test
  void existingResultsAreNotOverwrittenWithoutForce() {
    Path out = dir.resolve("o");
    String[] args = {"compare", "-q", "--x", X, "--y", Y, "--out", out.toString(), "--metric",
        "cross-decomposition:folds=2"};
    assertThat(Cli.run(args).exit).isZero();
    assertThat(fails(args).err).contains("results already there").contains("--force");
    String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
    forced[args.length] = "--force";
    assertThat(Cli.run(forced).exit).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void forceLeavesNothingOfTheEarlierResult() throws IOException {
    // Issue 17: rsa forced over cross-decomposition kept folds.csv and spectrum.*.
    Path out = dir.resolve("o");
    assertThat(Cli.compareExample(out, "-q", "--metric", "cross-decomposition:folds=2").exit)
        .isZero();
    assertThat(out.resolve("folds.csv")).exists();
    Path mine = Files.writeString(out.resolve("notes.txt"), "the user's own file");
    Cli r = Cli.compareExample(out, "-q", "--metric", "rsa", "--force");
    assertThat(r.exit).as(r.toString()).isZero();
    List<String> written = (List<String>) (List<?>) JsonFiles.read(out.resolve("summary.json"))
        .get("files");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.Stream.concat(written.stream(), Stream.of("summary.json", "notes.txt"))
                  .toList());
    }
    assertThat(out.resolve("folds.csv")).doesNotExist();
    assertThat(out.resolve("spectrum.png")).doesNotExist();
    assertThat(mine).hasContent("the user's own file");
  }

  /** A version-1 .npy with the given header dictionary and data bytes. */
  private static Path npy(Path file, String dict, byte[] data) throws IOException {
    StringBuilder h = new StringBuilder(dict);
    while ((10 + h.length() + 1) % 64 != 0) {
      h.append(' ');
    }
    h.append('\n');
    byte[] header = h.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length,
        (byte) (header.length >> 8)});
    b.write(header);
    b.write(data);
    return Files.write(file, b.toByteArray());
  }

  @Test
  void unsupportedMatrixKindsSayWhatTheFileHolds() throws IOException, java.net.URISyntaxException {
    // Issue 17: "a constant input?", "corrupt header", "corrupt or truncated" for these.
    Path out = dir.resolve("o");
    Path empty = npy(dir.resolve("empty.npy"),
        "{'descr': '<f8', 'fortran_order': False, 'shape': (60, 0), }", new byte[0]);
    assertThat(fails("compare", "--x", empty.toString(), "--y", Y, "--out", out.toString()).err)
        .contains("empty.npy").contains("(60 × 0) matrix: no features");
    Path rec = npy(dir.resolve("rec.npy"),
        "{'descr': [('a', '<f4'), ('b', '<i4')], 'fortran_order': False, 'shape': (300,), }",
        new byte[300 * 8]);
    assertThat(fails("compare", "--x", rec.toString(), "--y", Y, "--out", out.toString()).err)
        .contains("rec.npy").contains("structured (record) array with fields [a, b]")
        .contains("plain numeric array");
    String h5 = Path.of(CompareCommandTest.class.getResource("/hostile/complex.h5").toURI())
        .toString();
    assertThat(fails("compare", "--x", h5 + ":/z", "--y", Y, "--out", out.toString()).err)
        .contains("complex numbers").contains("np.real(a)");
    assertThat(fails("compare", "--x", h5 + ":/rec", "--y", Y, "--out", out.toString()).err)
        .contains("compound (record) type with fields [a, b]");
    assertThat(out.resolve("summary.json")).doesNotExist();
  }

  @Test
  void usageErrorsExitWithTwo() {
    Cli r = Cli.run("compare", "--x", X);
    assertThat(r.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("Missing required options");
  }
}
