package org.brainalign.engine.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.api.PluginLoadException;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.extension.ExtensionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.extension.kind.UnknownExtensionException;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Every extension the loaded plugins provide, keyed by kind and id: for each of
 * {@link ExtensionKind#values()}, the extensions implementing its
 * {@link ExtensionKind#providerType()}.
 * Resolves an {@link ExtensionSpec} ({@code ID:key=value,...}) to a created extension of the kind's
 * {@link ExtensionKind#extensionType()}.
 */
public final class ExtensionRegistry {
  private final Map<ExtensionKind<?>, Map<String, Entry>> byKind = new TreeMap<>();

  /**
   * A provider and where it came from.
   *
   * @param kind the extension point
   * @param provider the provider instance
   * @param pluginId id of the plugin that supplies it ({@code host} for the host's own classpath)
   * @param pluginVersion that plugin's version
   */
  public record Entry(ExtensionKind<?> kind, ExtensionProvider<?> provider, String pluginId,
      String pluginVersion) {}

  ExtensionRegistry(PluginManager manager) {
    for (ExtensionKind<?> kind : ExtensionKind.values()) {
      collect(manager, kind);
    }
  }

  private void collect(PluginManager manager, ExtensionKind<?> kind) {
    Map<String, Entry> entries = byKind.computeIfAbsent(kind, k -> new TreeMap<>());
    for (ExtensionProvider<?> provider : manager.getExtensions(kind.providerType())) {
      PluginWrapper plugin = manager.whichPlugin(provider.getClass());
      String pluginId = plugin == null ? "host" : plugin.getPluginId();
      String version = plugin == null ? "" : plugin.getDescriptor().getVersion();
      Entry previous = entries.put(provider.id(), new Entry(kind, provider, pluginId, version));
      if (previous != null) {
        throw new PluginLoadException("two plugins provide the " + kind.label() + " '"
            + provider.id() + "': '" + previous.pluginId() + "' and '" + pluginId
            + "'. Remove one of them from the plugins folders.", null);
      }
    }
  }

  /** Every extension, sorted by kind then id. */
  public List<Entry> all() {
    List<Entry> out = new ArrayList<>();
    byKind.values().forEach(m -> out.addAll(m.values()));
    out.sort(Comparator.comparing((Entry e) -> e.kind()).thenComparing(e -> e.provider().id()));
    return out;
  }

  /** Ids of one kind, sorted. */
  public List<String> ids(ExtensionKind<?> kind) {
    return List.copyOf(byKind.getOrDefault(kind, Map.of()).keySet());
  }

  /**
   * The provider of {@code kind} with {@code id}.
   *
   * @throws UnknownExtensionException listing the known ids
   */
  public Entry entry(ExtensionKind<?> kind, String id) {
    Entry e = byKind.getOrDefault(kind, Map.of()).get(id);
    if (e == null) {
      throw new UnknownExtensionException(kind, id, ids(kind));
    }
    return e;
  }

  /**
   * Checks the options of {@code spec} against those its extension declares and creates the
   * extension, typed by its kind.
   *
   * @throws UnknownExtensionException when no loaded plugin provides that id for {@code kind}
   */
  public <T> Resolved<T> create(ExtensionKind<T> kind, ExtensionSpec spec) {
    Entry entry = entry(kind, spec.id());
    ExtensionProvider<T> provider = kind.cast(entry.provider());
    Options options = Options.parse(provider.id(), provider.options(), spec.options());
    return new Resolved<>(provider.create(options), options, entry);
  }

  /**
   * {@link #create(ExtensionKind, ExtensionSpec)} for a spec that arrives as text (a command-line
   * option, a model spec a plugin asks the host for), parsed here once.
   *
   * @throws UnknownExtensionException when no loaded plugin provides that id for {@code kind}
   */
  public <T> Resolved<T> create(ExtensionKind<T> kind, String spec) {
    return create(kind, ExtensionSpec.parse(spec));
  }

  /**
   * A created extension with its effective options.
   *
   * @param extension the working object
   * @param options every option with its effective value
   * @param entry where it came from
   */
  public record Resolved<T>(T extension, Options options, Entry entry) {}
}
