package org.brainalign.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.brainalign.cli.Main;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.study.StudyRunner;
import org.junit.jupiter.api.Test;

/**
 * The layers: the API depends on nothing of brainalign's; the libraries plugins may bundle,
 * {@code support} and {@code formats} (every file format), only on the API and each other
 * ({@code formats} on {@code support}, never the reverse); the engine not on the CLI; plugins (read
 * from the built plugin jars) only on the API and those libraries, never on the host's engine, CLI
 * or plots; the API's packages have no cycle.
 *
 * <p>The modules, read from their own class folders or jars: {@code core/engine} (the host) uses no
 * class of {@code core/study}; {@code core/study} uses the API, the host, support, formats and
 * geometry, never a class of {@code core/app} (CLI, report, plots, cluster scripts, fetch);
 * {@code core/app} may use the study.
 */
class LayeringTest {

  private static JavaClasses host() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.brainalign");
  }

  @Test
  void apiDependsOnNoOtherBrainalignLayer() {
    noClasses().that().resideInAPackage("org.brainalign.api..")
        .should().dependOnClassesThat().resideInAnyPackage("org.brainalign.engine..",
            "org.brainalign.cli..", "org.brainalign.plot..", "org.brainalign.plugins..")
        .check(host());
  }

  /**
   * The API's packages form no cycle (a plugin author reads them bottom up: matrix, run, the kinds,
   * then the list of kinds), so that a model or solver takes a run context without the context
   * knowing models or solvers.
   */
  @Test
  void apiPackagesHaveNoCycle() {
    slices().matching("org.brainalign.api.(**)").should().beFreeOfCycles()
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.brainalign.api"));
  }

  @Test
  void formatsDependOnlyOnTheApiAndSupport() {
    noClasses().that().resideInAPackage("org.brainalign.formats..")
        .should().dependOnClassesThat().resideInAnyPackage("org.brainalign.engine..",
            "org.brainalign.cli..", "org.brainalign.plot..", "org.brainalign.plugins..",
            "org.brainalign.study..", "org.brainalign.report..")
        .check(host());
  }

  @Test
  void supportDoesNotDependOnFormatsOrTheHost() {
    noClasses().that().resideInAPackage("org.brainalign.support..")
        .should().dependOnClassesThat().resideInAnyPackage("org.brainalign.formats..",
            "org.brainalign.engine..", "org.brainalign.cli..", "org.brainalign.plot..",
            "org.brainalign.plugins..", "org.brainalign.study..")
        .check(host());
  }

  @Test
  void engineDoesNotDependOnTheCli() {
    noClasses().that().resideInAPackage("org.brainalign.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("org.brainalign.cli..",
            "org.brainalign.plot..")
        .check(host());
  }

  @Test
  void theStudyModuleUsesOnlyTheApiTheHostSupportFormatsAndGeometry() {
    classes().should().onlyDependOnClassesThat(
            resideOutsideOfPackage("org.brainalign..").or(resideInAnyPackage(
                "org.brainalign.api..", "org.brainalign.engine..", "org.brainalign.support..",
                "org.brainalign.formats..", "org.brainalign.geometry..", "org.brainalign.study..",
                "org.brainalign.identification..", "org.brainalign.features..")))
        .check(module(StudyRunner.class));
  }

  @Test
  void theStudyModuleUsesNoClassOfTheApp() {
    noClasses().should().dependOnClassesThat(classOf("core/app", module(Main.class)))
        .check(module(StudyRunner.class));
  }

  @Test
  void theHostUsesNoClassOfTheStudyModuleNorOfTheApp() {
    noClasses().should().dependOnClassesThat(classOf("core/study", module(StudyRunner.class))
            .or(classOf("core/app", module(Main.class))))
        .check(module(PluginHost.class));
  }

  @Test
  void pluginsDependOnlyOnTheApi() throws IOException {
    List<JarFile> jars = new ArrayList<>();
    for (Path p : BuiltPlugins.jars()) {
      jars.add(new JarFile(p.toFile()));
    }
    assertThat(jars).isNotEmpty();
    JavaClasses plugins = new ClassFileImporter().importJars(jars.toArray(JarFile[]::new));
    noClasses().that().resideInAPackage("org.brainalign.plugins..")
        .should().dependOnClassesThat().resideInAnyPackage("org.brainalign.engine..",
            "org.brainalign.cli..", "org.brainalign.plot..")
        .check(plugins);
    for (JarFile j : jars) {
      j.close();
    }
  }

  /** The classes of the module (class folder or jar) that holds {@code anchor}, tests excluded. */
  private static JavaClasses module(Class<?> anchor) {
    try {
      Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      ClassFileImporter importer = new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
      if (Files.isDirectory(where)) {
        return importer.importPath(where);
      }
      try (JarFile jar = new JarFile(where.toFile())) {
        return importer.importJar(jar);
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read the classes beside " + anchor, e);
    }
  }

  private static DescribedPredicate<JavaClass> classOf(String module, JavaClasses classes) {
    Set<String> names = classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
    return DescribedPredicate.describe("a class of " + module, c -> names.contains(c.getName()));
  }
}
