package org.brainalign.engine.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.PluginLoadException;
import org.brainalign.engine.Versions;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads PF4J plugins from one or more folders and exposes their extensions through an
 * {@link ExtensionRegistry}. Built-in plugins are jars in the distribution's {@code plugins} folder,
 * loaded exactly like third-party ones.
 *
 * <p>Every jar or zip in a plugin folder must load: a broken plugin is an error naming the file,
 * never a silently missing extension.
 */
public final class PluginHost implements AutoCloseable {
  private final PluginManager manager;
  private final List<Path> roots;
  private final ExtensionRegistry registry;

  private PluginHost(PluginManager manager, List<Path> roots) {
    this.manager = manager;
    this.roots = List.copyOf(roots);
    checkExtensionClassesLink();
    ExtensionRegistry r;
    try {
      r = new ExtensionRegistry(manager);
    } catch (LinkageError e) {
      close();
      throw PluginLinkage.explain(e, this.roots).orElseThrow(() -> e);
    }
    this.registry = r;
  }

  /**
   * Loads (without initialising) every extension class each plugin lists, so that one built against
   * another brainalign (a missing superclass or interface) is an error naming its jar, not an
   * extension that PF4J silently leaves out.
   */
  private void checkExtensionClassesLink() {
    for (PluginWrapper w : manager.getPlugins()) {
      if (w.getPluginState() != PluginState.STARTED) {
        continue;
      }
      for (String name : manager.getExtensionClassNames(w.getPluginId())) {
        try {
          Class.forName(name, false, w.getPluginClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          close();
          throw new PluginLoadException(PluginLinkage.message(w.getPluginPath(), e), e);
        }
      }
    }
  }

  /**
   * Loads and starts every plugin in {@code roots}.
   *
   * @throws InvalidInputException when a folder does not exist
   * @throws PluginLoadException when a plugin fails to load or start, naming its file and the cause
   */
  public static PluginHost load(List<Path> roots) {
    List<Path> existing = new ArrayList<>();
    for (Path root : roots) {
      Path abs = root.toAbsolutePath().normalize();
      if (!Files.isDirectory(abs)) {
        throw InvalidInputException.of("--plugins-dir " + root, "a folder of plugin jars",
            Files.exists(abs) ? "a file" : "nothing at " + abs,
            "Point --plugins-dir at a folder that holds plugin .jar files.");
      }
      if (!existing.contains(abs)) {
        existing.add(abs);
      }
    }
    DefaultPluginManager manager = new DefaultPluginManager(existing);
    manager.setSystemVersion(Versions.api());
    manager.setExactVersionAllowed(true);
    try {
      manager.loadPlugins();
      manager.startPlugins();
    } catch (RuntimeException e) {
      manager.stopPlugins();
      throw new PluginLoadException("cannot load plugins from " + existing + ": " + e.getMessage(), e);
    }
    PluginHost host = new PluginHost(manager, existing);
    host.checkEveryArchiveLoaded();
    return host;
  }

  private void checkEveryArchiveLoaded() {
    List<Path> loaded = new ArrayList<>();
    for (PluginWrapper w : manager.getPlugins()) {
      loaded.add(w.getPluginPath().toAbsolutePath().normalize());
      if (w.getPluginState() != PluginState.STARTED) {
        Throwable cause = w.getFailedException();
        String why = cause != null ? describe(cause)
            : "state " + w.getPluginState() + " (requires brainalign "
                + w.getDescriptor().getRequires() + ", this is " + Versions.api() + ")";
        close();
        throw new PluginLoadException("plugin '" + w.getPluginId() + "' in " + w.getPluginPath()
            + " failed to start: " + why + ". Rebuild it against brainalign-api "
            + Versions.brainalign() + " or remove it from the plugins folder.", cause);
      }
    }
    for (Path root : roots) {
      try (Stream<Path> files = Files.list(root)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          String name = f.getFileName().toString();
          boolean archive = name.endsWith(".jar") || name.endsWith(".zip");
          Path abs = f.toAbsolutePath().normalize();
          if (archive && loaded.stream().noneMatch(p -> p.equals(abs) || abs.toString()
              .startsWith(p.toString()) || p.toString().startsWith(stripExt(abs)))) {
            close();
            throw new PluginLoadException(f + " is not a loadable brainalign plugin: its "
                + "META-INF/MANIFEST.MF needs Plugin-Id and Plugin-Version entries (see "
                + "examples/plugin-authoring), or the jar is corrupt or a duplicate of another "
                + "plugin's id. Remove it or rebuild it.", null);
          }
        }
      } catch (IOException e) {
        throw new PluginLoadException("cannot list plugin folder " + root + ": " + e.getMessage(), e);
      }
    }
  }

  private static String stripExt(Path p) {
    String s = p.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? s : s.substring(0, dot);
  }

  private static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /** The extensions of every loaded plugin. */
  public ExtensionRegistry registry() {
    return registry;
  }

  /** Loaded plugins, in load order. */
  public List<PluginWrapper> plugins() {
    return manager.getPlugins();
  }

  /** The folders plugins were loaded from. */
  public List<Path> roots() {
    return roots;
  }

  @Override
  public void close() {
    manager.stopPlugins();
    manager.unloadPlugins();
  }
}
