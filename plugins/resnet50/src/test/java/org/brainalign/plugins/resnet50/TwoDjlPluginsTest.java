package org.brainalign.plugins.resnet50;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.model.VisionModelProvider;
import org.brainalign.api.run.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;

/**
 * Two DJL-based plugins side by side under PF4J, as the host runs them: each plugin jar (built here
 * from this module's classes under two plugin ids) gets its own PluginClassLoader, while DJL and
 * libtorch come once from the host class path. Both must run a model in the same JVM; with DJL bundled
 * in each jar the second would fail with "libc10.so already loaded in another classloader".
 */
class TwoDjlPluginsTest {
  @TempDir Path plugins;

  @Test
  void twoPluginJarsUseOneDjlAndBothRun() throws Exception {
    jar("djl-model-a");
    jar("djl-model-b");
    PluginManager pm = new DefaultPluginManager(plugins);
    pm.loadPlugins();
    pm.startPlugins();
    try {
      assertThat(pm.getStartedPlugins()).hasSize(2);
      VisionModelProvider a = provider(pm, "djl-model-a", "resnet50");
      VisionModelProvider b = provider(pm, "djl-model-b", "resnet50");
      VisionModelProvider ts = provider(pm, "djl-model-b", "torchscript");
      ClassLoader la = a.getClass().getClassLoader();
      ClassLoader lb = b.getClass().getClassLoader();
      assertThat(la).isNotSameAs(lb).isNotSameAs(getClass().getClassLoader());
      assertThat(la.loadClass("ai.djl.engine.Engine")).isSameAs(lb.loadClass("ai.djl.engine.Engine"))
          .isSameAs(ai.djl.engine.Engine.class);
      assertThat(run(a, Map.of("weights", "random:0", "crop", "32", "resize", "32"))).isEqualTo(2);
      assertThat(run(b, Map.of("weights", "random:1", "crop", "32", "resize", "32"))).isEqualTo(2);
      Path pt = Path.of(getClass().getResource("/fixtures/torchscript/tiny_dict.pt").toURI());
      assertThat(run(ts, Map.of("file", pt.toString(), "crop", "40", "resize", "48"))).isEqualTo(2);
    } finally {
      pm.stopPlugins();
      pm.unloadPlugins();
    }
  }

  private static VisionModelProvider provider(PluginManager pm, String plugin, String id) {
    return pm.getExtensions(VisionModelProvider.class, plugin).stream()
        .filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static int run(VisionModelProvider p, Map<String, String> options) {
    AtomicInteger rows = new AtomicInteger();
    try (VisionModel m = p.create(Options.parse(p.id(), p.options(), options))) {
      String last = m.layers().get(m.layers().size() - 1).name();
      m.extract(images(), List.of(last), (layer, first, count, v) -> rows.addAndGet(count),
          RunContext.quiet(1));
    }
    return rows.get();
  }

  private static ImageSource images() {
    return ImageSource.of(List.of("i0", "i1"), index -> {
      byte[] px = new byte[40 * 30 * 3];
      java.util.Arrays.fill(px, (byte) (60 * index + 20));
      return new RgbImage(40, 30, px);
    });
  }

  /** A PF4J plugin jar of this module's classes (never DJL or the API) under {@code id}. */
  private void jar(String id) throws IOException {
    Path classes = Path.of("target", "classes");
    Manifest mf = new Manifest();
    Attributes at = mf.getMainAttributes();
    at.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    at.putValue("Plugin-Id", id);
    at.putValue("Plugin-Version", "0.1.0");
    try (OutputStream file = Files.newOutputStream(plugins.resolve(id + ".jar"));
        JarOutputStream out = new JarOutputStream(file, mf);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
  }
}
