package io.github.tongban.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Keeps the layering honest: the model knows nothing of loading, the API hides the libraries. */
@AnalyzeClasses(packages = "io.github.tongban", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.github.tongban.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule modelKnowsNothingOfLoading = noClasses()
      .that().resideInAnyPackage("..core.model..", "..core.condition..", "..core.validation..", "..core.scenario..", "..core.report..", "..core.wording..")
      .should().dependOnClassesThat().resideInAnyPackage("..core.internal..", "..core.load..");

  @ArchTest
  static final ArchRule implementationDoesNotCallBackIntoTheEntryPoint = noClasses()
      .that().resideInAPackage("..core.internal..")
      .should().dependOnClassesThat().resideInAPackage("..core.load..");

  @ArchTest
  static final ArchRule apiHidesThirdPartyLibraries = noClasses()
      .that().resideInAnyPackage("io.github.tongban.core", "..core.model..", "..core.condition..", "..core.validation..", "..core.scenario..", "..core.report..", "..core.wording..", "..core.load..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.yaml..", "com.networknt..");

  @ArchTest
  static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
