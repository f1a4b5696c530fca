package org.brainalign.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.plugins.PluginHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study test on the built-in plugins: the host loads them, from the folder the build copies them
 * to ({@code brainalign.plugins}), before each test and closes them after; {@link #dir} is a fresh
 * folder per test.
 */
abstract class BuiltInPluginsTest {
  @TempDir
  Path dir;
  PluginHost host;

  @BeforeEach
  void load() {
    host = PluginHost.load(List.of(Path.of(System.getProperty("brainalign.plugins"))));
  }

  @AfterEach
  void unload() {
    host.close();
  }

  /**
   * Runs the study {@code yaml} (named {@code s.yaml} in messages) into {@code out}, its feature
   * cache in {@code out/cache}.
   */
  StudyRunner.Outcome run(String yaml, Path out, StringWriter log) {
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(yaml, "s.yaml"), host.registry())) {
      return new StudyRunner(plan, out, out.resolve("cache"), RunContext.quiet(2),
          new PrintWriter(log)).run();
    }
  }

  /** {@link #run(String, Path, StringWriter)} without its log. */
  StudyRunner.Outcome run(String yaml, Path out) {
    return run(yaml, out, new StringWriter());
  }

  /** {@link #run(String, Path, StringWriter)}'s log. */
  String loggedRun(String yaml, Path out) {
    StringWriter log = new StringWriter();
    run(yaml, out, log);
    return log.toString();
  }

  /** The names of the Gram matrix files ({@code *.gram*.npy}) cached under {@code cache}. */
  static List<String> gramFiles(Path cache) throws IOException {
    try (Stream<Path> s = Files.walk(cache)) {
      return s.map(f -> f.getFileName().toString())
          .filter(f -> f.contains(".gram") && f.endsWith(".npy")).toList();
    }
  }

  /** What the dry run of the study {@code yaml} prints. */
  String dryRun(String yaml) {
    try (StudyPlan plan = StudyPlan.resolve(StudyFile.parse(yaml, "s.yaml"), host.registry())) {
      StringWriter text = new StringWriter();
      StudyDryRun.print(plan, new PrintWriter(text, true), RunContext.quiet(1));
      return text.toString();
    }
  }
}
