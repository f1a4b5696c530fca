package org.brainalign.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every top-level brainalign package ({@code org.brainalign.X}) has a rule: the other brainalign
 * packages its classes may use (third-party and JDK classes are not restricted here). Host classes
 * come from the class path, plugin classes (with the support, formats, geometry and DJL libraries
 * they bundle) from the built plugin jars. A package found in neither table fails
 * {@link #everyPackageHasARule}.
 */
class PackageRulesTest {
  private static final Set<String> APP_BASE = Set.of("api", "support", "formats", "geometry",
      "engine");

  /** X → the brainalign packages X may use besides itself. */
  private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
      Map.entry("api", Set.of()),
      Map.entry("support", Set.of("api")),
      Map.entry("formats", Set.of("api", "support")),
      Map.entry("geometry", Set.of("api", "support")),
      Map.entry("engine", Set.of("api", "support", "formats", "geometry")),
      Map.entry("djl", Set.of("api", "support")),
      Map.entry("plugins", Set.of("api", "support", "formats", "geometry", "djl")),
      Map.entry("features", APP_BASE),
      Map.entry("cluster", APP_BASE),
      Map.entry("fetch", APP_BASE),
      Map.entry("plot", APP_BASE),
      Map.entry("identification", APP_BASE),
      Map.entry("study", union(APP_BASE, "features", "identification")),
      Map.entry("report", union(APP_BASE, "plot", "study", "identification")),
      Map.entry("cli", union(APP_BASE, "features", "cluster", "plot", "study", "report",
          "identification", "fetch")));

  private static JavaClasses host;
  private static JavaClasses plugins;
  private static final List<JarFile> JARS = new ArrayList<>();

  @BeforeAll
  static void importClasses() throws IOException {
    host = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.brainalign");
    for (Path p : BuiltPlugins.jars()) {
      JARS.add(new JarFile(p.toFile()));
    }
    assertThat(JARS).isNotEmpty();
    plugins = new ClassFileImporter().importJars(JARS.toArray(JarFile[]::new));
  }

  @AfterAll
  static void closeJars() throws IOException {
    for (JarFile j : JARS) {
      j.close();
    }
  }

  @Test
  void everyPackageHasARule() {
    Set<String> found = new TreeSet<>();
    Stream.concat(host.stream(), plugins.stream()).map(JavaClass::getPackageName)
        .filter(p -> p.startsWith("org.brainalign.")).map(p -> p.split("\\.")[2]).forEach(found::add);
    assertThat(found).as("top-level brainalign packages found: %s", found)
        .contains("api", "support", "geometry", "engine", "djl", "plugins", "cli", "study", "report")
        .allSatisfy(p -> assertThat(MAY_USE).as("a rule for org.brainalign." + p).containsKey(p));
  }

  @Test
  void eachPackageUsesOnlyTheBrainalignPackagesItsRuleAllows() {
    for (Map.Entry<String, Set<String>> e : MAY_USE.entrySet()) {
      String[] allowed = Stream.concat(Stream.of(e.getKey()), e.getValue().stream())
          .map(p -> "org.brainalign." + p + "..").toArray(String[]::new);
      for (JavaClasses imported : List.of(host, plugins)) {
        classes().that().resideInAPackage("org.brainalign." + e.getKey() + "..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.brainalign..")
                .or(resideInAnyPackage(allowed)))
            .allowEmptyShould(true)
            .check(imported);
      }
    }
  }

  @Test
  void noCyclesBetweenTopLevelPackages() {
    slices().matching("org.brainalign.(*)..").should().beFreeOfCycles().check(host);
    slices().matching("org.brainalign.(*)..").should().beFreeOfCycles().check(plugins);
  }

  private static Set<String> union(Set<String> base, String... more) {
    Set<String> s = new TreeSet<>(base);
    s.addAll(List.of(more));
    return Set.copyOf(s);
  }
}
