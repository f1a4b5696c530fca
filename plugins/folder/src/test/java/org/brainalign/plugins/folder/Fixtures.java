package org.brainalign.plugins.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.extension.Options;

/** The committed fixtures (see src/test/resources/README.md) and copies to break in tests. */
final class Fixtures {

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path tiny() {
    return resource("tiny");
  }

  /** A dataset on {@code root} with the given options (besides root). */
  static BrainDataset open(Path root, String... keyValues) {
    Map<String, String> raw = new HashMap<>();
    raw.put("root", root.toString());
    for (int i = 0; i < keyValues.length; i += 2) {
      raw.put(keyValues[i], keyValues[i + 1]);
    }
    FolderDatasetProvider p = new FolderDatasetProvider();
    return p.create(Options.parse("folder", p.options(), raw));
  }

  /** A copy of tiny/ in {@code dir}, to modify. */
  static Path copyTiny(Path dir) {
    Path src = tiny();
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.toList()) {
        Path to = dir.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces line {@code line} (from 1) of a text file by {@code text}, or removes it if null. */
  static void replaceLine(Path file, int line, String text) {
    List<String> lines = new ArrayList<>(lines(file));
    if (text == null) {
      lines.remove(line - 1);
    } else {
      lines.set(line - 1, text);
    }
    write(file, String.join("\n", lines) + "\n");
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
