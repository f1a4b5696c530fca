package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin-authoring example (examples/plugin-authoring, built as its own project) is loaded from
 * --plugins-dir beside the built-in plugins, listed, and used by compare.
 */
class ThirdPartyPluginTest {
  @TempDir
  Path dir;

  private Path pluginsDir() throws IOException {
    Path jar = Path.of("../../examples/plugin-authoring/target/procrustes-metric-1.0.0.jar");
    assertThat(jar).as("the example plugin is built before the app").exists();
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    return plugins;
  }

  @Test
  void listedNextToTheBuiltIns() throws IOException {
    Cli r = Cli.run("plugins", "--plugins-dir", pluginsDir().toString());
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("metric procrustes").contains("metric cross-decomposition");
  }

  @Test
  void usableByCompare() throws IOException {
    Path out = dir.resolve("out");
    Cli r = Cli.run("compare", "-q", "--plugins-dir", pluginsDir().toString(), "--metric",
        "procrustes", "--x", Cli.example("compare/brain.npy"), "--y",
        Cli.example("compare/brain.npy"), "--out", out.toString());
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("procrustes");
    assertThat(out.resolve("summary.json")).exists();
  }
}
