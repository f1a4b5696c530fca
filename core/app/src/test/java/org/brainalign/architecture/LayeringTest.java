package org.brainalign.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The layers: the API depends on nothing of brainalign's; the libraries plugins may bundle,
 * {@code support} and {@code formats} (every file format), only on the API and each other
 * ({@code formats} on {@code support}, never the reverse); the engine not on the CLI; plugins (read
 * from the built plugin jars) only on the API and those libraries, never on the host's engine, CLI
 * or plots.
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
}
