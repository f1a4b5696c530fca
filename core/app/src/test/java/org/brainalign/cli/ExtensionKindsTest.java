package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.brainalign.api.extension.Options;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.engine.plugins.ExtensionRegistry;
import org.brainalign.engine.plugins.PluginHost;
import org.junit.jupiter.api.Test;

/**
 * The kinds' declared Java types agree with what the registry loads from the built plugins: every
 * provider implements its kind's provider interface, declares a {@code create} returning its kind's
 * extension type, and (for the kinds that need no files, weights or native libraries) creates one.
 */
class ExtensionKindsTest {
  private static final Path PLUGINS =
      Path.of(System.getProperty("brainalign.plugins", "target/brainalign/plugins"));

  @Test
  void everyLoadedProviderHasItsKindsTypes() throws NoSuchMethodException {
    try (PluginHost host = PluginHost.load(List.of(PLUGINS))) {
      ExtensionRegistry registry = host.registry();
      Set<String> kindsSeen = new TreeSet<>();
      for (ExtensionRegistry.Entry e : registry.all()) {
        ExtensionKind<?> kind = e.kind();
        kindsSeen.add(kind.label());
        String what = kind.label() + " " + e.provider().id() + " (" + e.pluginId() + ")";
        assertThat(kind.providerType().isInstance(e.provider()))
            .as(what + " implements " + kind.providerType().getSimpleName()).isTrue();
        assertThat(ExtensionKind.of(e.provider())).as(what + ": the one kind it implements")
            .contains(kind);
        Class<?> created = e.provider().getClass().getMethod("create", Options.class)
            .getReturnType();
        assertThat(kind.extensionType()).as(what + " creates a "
            + kind.extensionType().getSimpleName()).isAssignableFrom(created);
      }
      assertThat(kindsSeen).as("every kind has a loaded provider").containsExactlyInAnyOrder(
          ExtensionKind.values().stream().map(ExtensionKind::label).toArray(String[]::new));
    }
  }

  @Test
  void createdExtensionsAreOfTheirKindsType() {
    try (PluginHost host = PluginHost.load(List.of(PLUGINS))) {
      ExtensionRegistry registry = host.registry();
      for (ExtensionKind<?> kind : List.of(ExtensionKind.METRIC, ExtensionKind.REDUCER)) {
        for (String id : registry.ids(kind)) {
          assertThat(registry.create(kind, id).extension()).as(kind.label() + " " + id)
              .isInstanceOf(kind.extensionType());
        }
      }
      // Typed at compile time: no cast, no Class argument.
      org.brainalign.api.compute.GramBackend blas =
          registry.create(ExtensionKind.GRAM_BACKEND, "blas:precision=single").extension();
      assertThat(blas.precision()).isEqualTo("single");
      assertThat(registry.ids(ExtensionKind.METRIC)).contains("cross-decomposition", "rsa", "cka",
          "encoding", "versa");
    }
  }
}
