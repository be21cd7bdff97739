package io.github.tongban.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Keeps the starter's optional parts optional: only the classes made for Actuator, Micrometer and
 * the bundled sample touch them, so an application without them starts.
 */
@AnalyzeClasses(packages = "io.github.tongban.spring", importOptions = ImportOption.DoNotIncludeTests.class)
class StarterArchitectureTests {

  @ArchTest
  static final ArchRule onlyTheHealthClassesUseActuator = noClasses()
      .that().doNotHaveSimpleName("TongbanHealthIndicator").and().doNotHaveSimpleName("TongbanHealthAutoConfiguration")
      .should().dependOnClassesThat().resideInAPackage("org.springframework.boot.actuate..");

  @ArchTest
  static final ArchRule onlyTheMetricsClassesUseMicrometer = noClasses()
      .that().doNotHaveSimpleName("MicrometerTongbanMetrics").and().doNotHaveSimpleName("TongbanMetricsAutoConfiguration")
      .should().dependOnClassesThat().resideInAPackage("io.micrometer..");

  @ArchTest
  static final ArchRule onlyTheSampleSourceUsesTheSample = noClasses()
      .that().doNotHaveSimpleName("SampleSource")
      .should().dependOnClassesThat().resideInAPackage("io.github.tongban.catalog..");

  @ArchTest
  static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
