package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin built against another API: its extension class uses a class (or a method) that this
 * brainalign does not have. The test compiles the plugin against a stub of the missing class or
 * method, then packages it without the stub; loading or first use ends with exit 2 and one message
 * that names the jar and says to rebuild it, without a stack trace.
 */
class PluginLinkageTest {
  @TempDir
  Path dir;

  private static final String PROVIDER = """
      package org.example.broken;

      import java.util.List;
      import org.brainalign.api.extension.OptionSpec;
      import org.brainalign.api.extension.Options;
      import org.brainalign.api.metric.AlignmentMetric;
      import org.brainalign.api.metric.AlignmentMetricProvider;

      public final class BrokenMetricProvider implements AlignmentMetricProvider {
        public String id() { return "broken"; }
        public String description() { return "uses an API this brainalign lacks"; }
        public List<OptionSpec<?>> options() { return List.of(); }
        public AlignmentMetric create(Options options) {
          return (input, context) -> %s;
        }
      }
      """;

  /** Compiles {@code sources} ({path, text}) against the test class path; returns the classes. */
  private Path compile(String name, List<String[]> sources) throws IOException {
    Path src = Files.createDirectories(dir.resolve(name + "-src"));
    Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), "-proc:none"));
    for (String[] s : sources) {
      Path f = src.resolve(s[0]);
      Files.createDirectories(f.getParent());
      Files.writeString(f, s[1]);
      args.add(f.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();
    return classes;
  }

  /** Packages every class except those under {@code omitted} into a plugin jar of its own folder. */
  private Path pack(String name, Path classes, String omitted) throws IOException {
    Path plugins = Files.createDirectories(dir.resolve(name + "-plugins"));
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().putValue("Plugin-Id", name);
    mf.getMainAttributes().putValue("Plugin-Version", "1.0.0");
    try (OutputStream os = Files.newOutputStream(plugins.resolve(name + ".jar"));
        JarOutputStream jar = new JarOutputStream(os, mf);
        Stream<Path> files = Files.walk(classes)) {
      jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
      jar.write("org.example.broken.BrokenMetricProvider\n".getBytes(StandardCharsets.UTF_8));
      for (Path c : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String entry = classes.relativize(c).toString().replace('\\', '/');
        if (omitted == null || !entry.startsWith(omitted)) {
          jar.putNextEntry(new JarEntry(entry));
          jar.write(Files.readAllBytes(c));
        }
      }
    }
    return plugins;
  }

  private Cli compareWith(Path plugins) {
    return Cli.run("compare", "-q", "--plugins-dir", plugins.toString(), "--metric", "broken",
        "--x", Cli.example("compare/brain.npy"), "--y", Cli.example("compare/brain.npy"),
        "--out", dir.resolve("out").toString());
  }

  private void assertNamedAndNoTrace(Cli r, String jar) {
    assertThat(r.exit).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err).as(r.toString()).contains(jar).contains("Rebuild it against brainalign")
        .doesNotContain("\tat ");
    assertThat(r.err.strip().lines()).as(r.toString()).hasSize(1);
    assertThat(dir.resolve("out").resolve("summary.json")).doesNotExist();
  }

  @Test
  void aMissingClassAtFirstUseNamesTheJar() throws IOException {
    Path plugins = pack("missing-class", compile("missing-class", List.of(
        new String[] {"org/example/gone/Helper.java", """
            package org.example.gone;
            public final class Helper {
              public static org.brainalign.api.metric.AlignmentResult score() { return null; }
            }
            """},
        new String[] {"org/example/broken/BrokenMetricProvider.java",
            PROVIDER.formatted("org.example.gone.Helper.score()")})), "org/example/gone/");
    Cli r = compareWith(plugins);
    assertNamedAndNoTrace(r, "missing-class.jar");
    assertThat(r.err).contains("org/example/gone/Helper");
  }

  @Test
  void aMissingSuperclassAtLoadingNamesTheJar() throws IOException {
    Path plugins = pack("missing-super", compile("missing-super", List.of(
        new String[] {"org/example/gone/Base.java", """
            package org.example.gone;
            public abstract class Base {}
            """},
        new String[] {"org/example/broken/BrokenMetricProvider.java",
            PROVIDER.formatted("null").replace("public final class BrokenMetricProvider",
                "public final class BrokenMetricProvider extends org.example.gone.Base")})),
        "org/example/gone/");
    Cli r = Cli.run("plugins", "--plugins-dir", plugins.toString());
    assertNamedAndNoTrace(r, "missing-super.jar");
    assertThat(r.err).contains("org/example/gone/Base");
  }

  @Test
  void aMissingMethodAtFirstUseNamesTheJar() throws IOException {
    // Compiled against a Helper that has score(); packaged with a Helper that lacks it.
    Path classes = compile("missing-method", List.of(
        new String[] {"org/example/broken/Helper.java", """
            package org.example.broken;
            public final class Helper {
              public static org.brainalign.api.metric.AlignmentResult score() { return null; }
            }
            """},
        new String[] {"org/example/broken/BrokenMetricProvider.java",
            PROVIDER.formatted("Helper.score()")}));
    Path older = compile("older-helper", List.<String[]>of(
        new String[] {"org/example/broken/Helper.java", """
            package org.example.broken;
            public final class Helper {}
            """}));
    Files.copy(older.resolve("org/example/broken/Helper.class"),
        classes.resolve("org/example/broken/Helper.class"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path plugins = pack("missing-method", classes, null);
    Cli r = compareWith(plugins);
    assertNamedAndNoTrace(r, "missing-method.jar");
    assertThat(r.err).contains("NoSuchMethodError");
  }
}
