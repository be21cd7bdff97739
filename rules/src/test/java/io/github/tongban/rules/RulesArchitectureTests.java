package io.github.tongban.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The engine's API hides Drools; the layering has no cycles. */
@AnalyzeClasses(packages = "io.github.tongban.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTests {
  /** Each package of the engine is a slice: the API ({@code io.github.tongban.rules} itself) and every package under it. */
  static final SliceAssignment PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String pkg = c.getPackageName();
      if (pkg.equals("io.github.tongban.rules")) {
        return SliceIdentifier.of("api");
      }
      return pkg.startsWith("io.github.tongban.rules.") ? SliceIdentifier.of(pkg.substring("io.github.tongban.rules.".length()))
          : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the engine's packages, its API included";
    }
  };

  @ArchTest
  static final ArchRule noPackageCycles = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

  /** The rule above sees a cycle between the API and a package under it: it can fail. */
  @Test
  void theCycleRuleFailsOnACycle() {
    JavaClasses cyclic = new ClassFileImporter().importClasses(ArchCycleFixture.class, ArchCycleFixture.Back.class,
        io.github.tongban.rules.internal.ArchCycleFixtureInternal.class);
    assertThat(noPackageCycles.evaluate(cyclic).hasViolation()).isTrue();
    JavaClasses acyclic = new ClassFileImporter().importClasses(io.github.tongban.rules.internal.ArchCycleFixtureInternal.class);
    assertThat(noPackageCycles.allowEmptyShould(true).evaluate(acyclic).hasViolation()).isFalse();
  }

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
