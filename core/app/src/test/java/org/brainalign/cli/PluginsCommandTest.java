package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brainalign plugins} and plugin loading failures. */
class PluginsCommandTest {
  @TempDir
  Path dir;

  @Test
  void listsBuiltInPluginsExtensionsAndOptions() {
    Cli r = Cli.run("plugins");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("cross-decomposition").contains("metric cross-decomposition")
        .contains("null-quantile").contains("0.99").contains("auto|primal|dual");
  }

  @Test
  void jsonListingIsMachineReadable() throws IOException {
    Cli r = Cli.run("plugins", "--json");
    assertThat(r.exit).isZero();
    Path f = dir.resolve("p.json");
    Files.writeString(f, r.out);
    Map<String, Object> m = JsonFiles.read(f);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ext = (List<Map<String, Object>>) m.get("extensions");
    assertThat(ext).anySatisfy(e -> {
      assertThat(e.get("id")).isEqualTo("cross-decomposition");
      assertThat(e.get("kind")).isEqualTo("metric");
    });
  }

  private static void jar(Path file, Map<String, String> manifest) throws IOException {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
    try (OutputStream os = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(os, mf)) {
      jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
      jar.write("org.example.Missing\n".getBytes());
      jar.closeEntry();
    }
  }

  @Test
  void aJarThatIsNotAPluginIsNamed() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Files.write(plugins.resolve("garbage.jar"), new byte[] {1, 2, 3});
    Cli r = Cli.run("plugins", "--plugins-dir", plugins.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("garbage.jar").doesNotContain("\tat ");
  }

  @Test
  void aPluginForAnotherApiVersionIsNamed() throws IOException {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    jar(plugins.resolve("future.jar"), Map.of("Plugin-Id", "future", "Plugin-Version", "1.0.0",
        "Plugin-Requires", ">=9.0.0"));
    Cli r = Cli.run("plugins", "--plugins-dir", plugins.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("future").contains(">=9.0.0");
  }

  @Test
  void aMissingPluginsFolderIsNamed() {
    Cli r = Cli.run("plugins", "--plugins-dir", dir.resolve("nowhere").toString());
    assertThat(r.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).contains("nowhere");
  }
}
