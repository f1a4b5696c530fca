package org.brainalign.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The plugin jars of the built distribution (target/brainalign/plugins). */
final class BuiltPlugins {
  private BuiltPlugins() {}

  static List<Path> jars() {
    Path dir = Path.of(System.getProperty("brainalign.plugins", "target/brainalign/plugins"));
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no built plugins in " + dir + "; run mvn verify", e);
    }
  }
}
