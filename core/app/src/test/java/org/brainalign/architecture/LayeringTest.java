package org.brainalign.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
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
 * The layers: the API depends on nothing of brainalign's; the engine not on the CLI; plugins (read
 * from the built plugin jars) only on the API, never on the host's engine, CLI or plots; the API's
 * packages have no cycle.
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
