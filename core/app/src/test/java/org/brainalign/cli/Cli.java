package org.brainalign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the CLI in-process and captures its output, like a user at a terminal would see it. */
final class Cli {
  final int exit;
  final String out;
  final String err;

  private Cli(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine(java.util.Arrays.asList(args).contains("--debug"));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** A file under the repository's examples folder. */
  static String example(String name) {
    return Path.of("../../examples").resolve(name).toAbsolutePath().normalize().toString();
  }

  /**
   * A study of the test plugins' tiny model and dataset (one subject, every region, no reducer,
   * 4-fold cross-decomposition), to which a test appends a {@code compute} section.
   */
  static final String TINY_STUDY = """
      name: tiny
      model: {spec: tiny-model}
      dataset: {spec: "tiny-data:images=32", subjects: [s1], rois: all}
      reducers: [none]
      metrics: ["cross-decomposition:folds=4"]
      """;

  /**
   * Runs {@code compare} of the example's model and brain features ({@code examples/compare})
   * into {@code out}.
   *
   * @param extra further options of {@code compare}, e.g. {@code -q} or {@code --metric} and a spec
   */
  static Cli compareExample(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("compare", "--x", example("compare/model.npy"),
        "--y", example("compare/brain.npy"), "--out", out.toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  /**
   * Writes {@code yaml} to {@code dir/study.yaml} and runs it quietly into {@code dir/out}.
   *
   * @param extra further options of {@code run}, e.g. {@code --dry-run}
   */
  static Cli runStudy(Path dir, String yaml, String... extra) throws IOException {
    Path study = Files.writeString(dir.resolve("study.yaml"), yaml);
    List<String> args = new ArrayList<>(List.of("run", "-q", study.toString(), "--out",
        dir.resolve("out").toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
  }
}
