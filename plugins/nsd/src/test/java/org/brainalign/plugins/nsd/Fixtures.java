package org.brainalign.plugins.nsd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.extension.Options;

/** The committed fixtures (written by src/test/python/generate_fixtures.py). */
public final class Fixtures {

  private Fixtures() {}

  /** A test resource folder or file. */
  public static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  /** The miniature NSD tree. */
  public static Path root() {
    return resource("nsd-mini");
  }

  /** A copy of the miniature tree under {@code dir}, to break on purpose. */
  public static Path copyTree(Path dir) {
    Path src = root();
    Path dst = dir.resolve("nsd");
    try (Stream<Path> files = Files.walk(src)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = dst.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dst;
  }

  /** Opens the dataset at {@code root} with the given options (key, value, key, value ...). */
  public static BrainDataset open(Path root, String... keyValues) {
    Map<String, String> raw = new HashMap<>();
    raw.put("root", root.toString());
    for (int i = 0; i < keyValues.length; i += 2) {
      raw.put(keyValues[i], keyValues[i + 1]);
    }
    NsdDatasetProvider p = new NsdDatasetProvider();
    return p.create(Options.parse(p.id(), p.options(), raw));
  }

  /** Lines of a resource file. */
  public static List<String> lines(String name) {
    try {
      return Files.readAllLines(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
