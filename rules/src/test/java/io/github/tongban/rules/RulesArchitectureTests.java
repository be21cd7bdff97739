package io.github.tongban.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The engine's API hides Drools; the layering has no cycles. */
@AnalyzeClasses(packages = "io.github.tongban.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTests {
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.github.tongban.rules.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule apiSignaturesDoNotExposeDrools = methods()
      .that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("io.github.tongban.rules")
      .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a Drools or KIE type",
          (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("org.drools") || c.getPackageName().startsWith("org.kie")));

  @ArchTest
  static final ArchRule apiClassesDoNotUseDroolsDirectly = noClasses()
      .that().resideInAPackage("io.github.tongban.rules")
      .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..");

  @ArchTest
  static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
