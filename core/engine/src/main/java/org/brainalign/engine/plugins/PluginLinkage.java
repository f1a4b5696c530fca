package org.brainalign.engine.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.brainalign.api.PluginLoadException;
import org.brainalign.engine.Versions;

/**
 * A plugin built against another brainalign: a {@link LinkageError} ({@code NoClassDefFoundError},
 * {@code NoSuchMethodError}, {@code AbstractMethodError}, …) raised when its code first runs. Finds
 * the plugin jar whose classes appear in the error's stack trace, so the message can name it.
 */
public final class PluginLinkage {
  private PluginLinkage() {}

  /** The message for a plugin jar whose classes do not link against this brainalign. */
  public static String message(Path jar, Throwable e) {
    return "plugin " + jar + " was built against another brainalign version (" + e.getClass()
        .getSimpleName() + ": " + e.getMessage() + "). Rebuild it against brainalign-api "
        + Versions.brainalign() + ", or remove it from the plugins folder.";
  }

  /**
   * The plugin jar in {@code roots} holding the innermost class of {@code e}'s stack trace that any
   * plugin jar holds, as a {@link PluginLoadException}; empty when no plugin class is involved.
   */
  public static Optional<PluginLoadException> explain(LinkageError e, List<Path> roots) {
    Set<String> classes = new LinkedHashSet<>();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement f : t.getStackTrace()) {
        classes.add(f.getClassName().replace('.', '/') + ".class");
      }
    }
    List<Path> jars = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.list(root)) {
        s.filter(p -> p.toString().endsWith(".jar") || p.toString().endsWith(".zip")).sorted()
            .forEach(jars::add);
      } catch (IOException ignored) {
        // an unreadable folder holds no culprit we could name
      }
    }
    for (String entry : classes) {
      for (Path jar : jars) {
        try (JarFile j = new JarFile(jar.toFile())) {
          if (j.getEntry(entry) != null) {
            return Optional.of(new PluginLoadException(message(jar, e), e));
          }
        } catch (IOException ignored) {
          // not a readable archive: not the culprit
        }
      }
    }
    return Optional.empty();
  }
}
