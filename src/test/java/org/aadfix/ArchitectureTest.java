package org.aadfix;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds the package rule: cli -> stages -> model, and Lucene types stay inside index and search. */
class ArchitectureTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.aadfix");

  @Test
  void layersPointOneWay() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("org.aadfix.cli..")
        .layer("knowledge").definedBy("org.aadfix.knowledge..")
        .layer("index").definedBy("org.aadfix.index..")
        .layer("search").definedBy("org.aadfix.search..")
        .layer("actions").definedBy("org.aadfix.actions..")
        .layer("eval").definedBy("org.aadfix.eval..")
        .layer("model").definedBy("org.aadfix.model..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("search").mayOnlyBeAccessedByLayers("cli", "eval")
        .whereLayer("eval").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("actions").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("index").mayOnlyBeAccessedByLayers("cli", "search")
        .whereLayer("knowledge").mayOnlyBeAccessedByLayers("cli", "index")
        .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "knowledge", "index", "search", "actions", "eval")
        .check(classes);
  }

  @Test
  void luceneStaysInIndexAndSearch() {
    noClasses().that().resideOutsideOfPackages("org.aadfix.index..", "org.aadfix.search..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .check(classes);
  }

  @Test
  void modelDependsOnNothingOfOurs() {
    noClasses().that().resideInAPackage("org.aadfix.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.aadfix.cli..", "org.aadfix.knowledge..",
            "org.aadfix.index..", "org.aadfix.search..", "org.aadfix.actions..", "org.aadfix.eval..", "tools.jackson..",
            "picocli..")
        .check(classes);
  }

  @Test
  void onlyTheProcessSeamStartsProcesses() {
    noClasses().that().doNotHaveFullyQualifiedName("org.aadfix.actions.ProcessSeam")
        .should().callConstructor(ProcessBuilder.class, java.util.List.class)
        .orShould().callConstructor(ProcessBuilder.class, String[].class)
        .orShould().callMethod(Runtime.class, "exec", String.class)
        .orShould().callMethod(Runtime.class, "exec", String[].class)
        .check(classes);
  }

  @Test
  void noSystemExitOutsideMain() {
    noClasses().that().doNotHaveFullyQualifiedName("org.aadfix.cli.Main")
        .should().callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
