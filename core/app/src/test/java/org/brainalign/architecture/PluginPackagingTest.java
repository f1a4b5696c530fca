package org.brainalign.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built plugin jar is a loadable PF4J plugin: manifest entries, an extensions index whose
 * classes are in the jar, and none of the host's provided classes bundled (which would load the API
 * or OpenBLAS twice).
 */
class PluginPackagingTest {

  static List<Path> jars() {
    return BuiltPlugins.jars();
  }

  @ParameterizedTest
  @MethodSource("jars")
  void isAWellFormedPluginJar(Path path) throws IOException {
    try (JarFile jar = new JarFile(path.toFile())) {
      Manifest mf = jar.getManifest();
      assertThat(mf).as(path + " manifest").isNotNull();
      assertThat(mf.getMainAttributes().getValue("Plugin-Id")).as("Plugin-Id").isNotBlank();
      assertThat(mf.getMainAttributes().getValue("Plugin-Version")).as("Plugin-Version")
          .isNotBlank();
      ZipEntry idx = jar.getEntry("META-INF/extensions.idx");
      assertThat(idx).as(path + " has META-INF/extensions.idx").isNotNull();
      List<String> classes = new String(jar.getInputStream(idx).readAllBytes(),
          StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
      assertThat(classes).as(path + " lists extensions").isNotEmpty();
      for (String c : classes) {
        assertThat(jar.getEntry(c.replace('.', '/') + ".class")).as(c + " in " + path).isNotNull();
      }
      for (String provided : List.of("org/brainalign/api/", "org/pf4j/", "smile/math/",
          "org/bytedeco/", "ai/djl/", "ai/onnxruntime/")) {
        assertThat(jar.stream().map(ZipEntry::getName).noneMatch(n -> n.startsWith(provided)))
            .as(path + " must not bundle " + provided + " (declare it provided)").isTrue();
      }
    }
  }
}
