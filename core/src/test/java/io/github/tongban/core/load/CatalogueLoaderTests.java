package io.github.tongban.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongban.core.Fixtures;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.SourceKind;
import io.github.tongban.core.validation.InvalidCatalogueException;
import io.github.tongban.core.validation.LoadLimits;
import java.util.List;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTests {

  @Test
  void theBaseFixtureLoadsIntoTheModel() {
    LoadResult result = CatalogueLoader.withDefaults().load(Fixtures.base());
    assertThat(result.problems()).isEmpty();
    Catalogue catalogue = result.orElseThrow();

    ServiceItem item = catalogue.item("T-001").orElseThrow();
    assertThat(item.scope()).isEqualTo(AcceptanceScope.CITY);
    assertThat(item.modes()).containsExactly(HandlingMode.ONLINE, HandlingMode.PROXY);
    assertThat(item.timeLimit().promised()).isEqualTo(10);
    assertThat(item.material("idCard").orElseThrow().source().kind()).isEqualTo(SourceKind.E_LICENCE);
    assertThat(item.material("form").orElseThrow().deferrable()).isTrue();
    assertThat(item.scenario("first").orElseThrow().materials()).containsExactly("idCard", "form");
    assertThat(item.local().get("620302").authorityName()).contains("甲区民政局");

    Condition.All all = (Condition.All) item.conditions().orElseThrow();
    assertThat(all.children()).hasSize(3);
    Condition.Compare region = (Condition.Compare) all.children().get(0);
    assertThat(region.operator()).isEqualTo(Operator.WITHIN);
    assertThat(region.operand()).isEqualTo(new Operand.RegionRef("620300"));
    assertThat(region.text()).contains("本市户籍");
    assertThat(region.basis()).contains("lb1");
    Condition.Compare age = (Condition.Compare) all.children().get(2);
    assertThat(age.operand()).isEqualTo(new Operand.Literal(Value.Number.of(18)));

    assertThat(catalogue.parameter("minLiving").orElseThrow().valueOn(LocalDate.of(2025, 12, 31)))
        .contains(Value.Number.of(700));
    assertThat(catalogue.parameter("minLiving").orElseThrow().valueOn(LocalDate.of(2026, 1, 1)))
        .contains(Value.Number.of(760));
    assertThat(catalogue.regions().isWithin("620321001", "620321")).isTrue();
    assertThat(catalogue.regions().isWithin("620321001", "620302")).isFalse();
    assertThat(catalogue.calendar().isWorkingDay(LocalDate.of(2026, 1, 4))).as("make-up Sunday").isTrue();
    assertThat(catalogue.calendar().isWorkingDay(LocalDate.of(2026, 1, 2))).as("New Year holiday").isFalse();
  }

  @Test
  void aPathThatIsNoFolderIsReported(@TempDir Path dir) {
    LoadResult result = CatalogueLoader.withDefaults().load(dir.resolve("nowhere"));
    assertThat(result.catalogue()).isEmpty();
    assertThat(result.problems()).extracting(Problem::code).containsExactly(ProblemCode.CATALOGUE_NOT_A_FOLDER);
  }

  @Test
  void aLinkInsideTheCatalogueIsNotFollowedAndTheProblemSaysSo(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Path outside = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-secret.yaml"), "code: secret\n");
    Files.createSymbolicLink(dir.resolve("items/link.yaml"), outside);
    LoadResult result = CatalogueLoader.withDefaults().load(dir);
    assertThat(result.catalogue()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.CATALOGUE_LINK_NOT_FOLLOWED);
      assertThat(p.location().file()).isEqualTo("items/link.yaml");
      assertThat(p.message().en()).contains("link");
    });
    Files.delete(outside);
  }

  @Test
  void aCatalogueFolderGivenThroughALinkLoads(@TempDir Path dir) throws IOException {
    Path release = dir.resolve("release-42");
    Fixtures.copyBase(release);
    Path current = Files.createSymbolicLink(dir.resolve("current"), Path.of("release-42"));
    LoadResult result = CatalogueLoader.withDefaults().load(current);
    assertThat(result.problems()).isEmpty();
    assertThat(result.catalogue()).isPresent();
  }

  @Test
  void aFileThatCannotBeReadIsReported(@TempDir Path dir) throws IOException, InterruptedException {
    Fixtures.copyBase(dir);
    // a named pipe is no regular file (root reads every file, so permissions cannot make one unreadable)
    Path pipe = dir.resolve("items/pipe.yaml");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available here");
    LoadResult result = CatalogueLoader.withDefaults().load(dir);
    assertThat(result.catalogue()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.CATALOGUE_UNREADABLE_FILE);
      assertThat(p.location().file()).isEqualTo("items/pipe.yaml");
    });
  }

  @Test
  void everyProblemInEveryFileIsReportedNotOnlyTheFirst(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    String item = Files.readString(dir.resolve("items/T-001.yaml"));
    Files.writeString(dir.resolve("items/T-002.yaml"), item.replace("code: T-001", "code: T-002").replace("promised: 10", "promised: 30")
        .replace("value: 18", "value: 十八"));
    Files.writeString(dir.resolve("items/T-003.yaml"), item.replace("code: T-001", "code: T-003").replace("scope: city", "scope: everywhere"));
    Files.writeString(dir.resolve("calendar/2026.yaml"), "year: 2026\nholidays: []\nworkdays: []\nworkdays: []\n");

    LoadResult result = CatalogueLoader.withDefaults().load(dir);

    assertThat(result.catalogue()).isEmpty();
    assertThat(result.problems()).extracting(p -> p.location().file() + " " + p.code().code()).containsExactly(
        "calendar/2026.yaml yaml.duplicate-key",
        "items/T-002.yaml condition.type-mismatch",
        "items/T-002.yaml time.promised-exceeds-statutory",
        "items/T-003.yaml schema.enum");
    assertThatThrownBy(result::orElseThrow).isInstanceOf(InvalidCatalogueException.class)
        .hasMessageContaining("items/T-002.yaml").hasMessageContaining("4 error(s)");
  }

  @Test
  void versionsOfOneItemMayFollowEachOther(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Path a = dir.resolve("items/T-001.yaml");
    String item = Files.readString(a);
    Files.writeString(a, item.replace("  from: 2025-01-01", "  from: 2025-01-01\n  to: 2026-06-30"));
    Files.writeString(dir.resolve("items/T-001-2026h2.yaml"), item.replace("  from: 2025-01-01", "  from: 2026-07-01").replace("promised: 10", "promised: 5"));
    Catalogue catalogue = CatalogueLoader.withDefaults().load(dir).orElseThrow();
    assertThat(catalogue.items()).hasSize(1);
    assertThat(catalogue.versions("T-001")).hasSize(2);
    assertThat(catalogue.item("T-001", LocalDate.of(2026, 6, 30)).orElseThrow().timeLimit().promised()).isEqualTo(10);
    assertThat(catalogue.item("T-001", LocalDate.of(2026, 7, 1)).orElseThrow().timeLimit().promised()).isEqualTo(5);
    assertThat(catalogue.item("T-001", LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(catalogue.item("T-001").orElseThrow().timeLimit().promised()).as("the latest version").isEqualTo(5);
  }

  /** The base item, in force from 2025-01-01, with the parameter minLiving given the periods {@code values}. */
  private static Path withMinLiving(Path dir, String values) throws IOException {
    Fixtures.copyBase(dir);
    Path parameters = dir.resolve("parameters.yaml");
    String text = Files.readString(parameters);
    Files.writeString(parameters, text.substring(0, text.indexOf("    values:\n")) + "    values:\n" + values);
    return dir.resolve("items/T-001.yaml");
  }

  @Test
  void aParameterCoveredByTwoConsecutivePeriodsIsNoProblem(@TempDir Path dir) throws IOException {
    Path item = withMinLiving(dir, """
              - {from: 2025-01-01, to: 2025-12-31, value: 700}
              - {from: 2026-01-01, to: 2026-12-31, value: 760}
        """);
    Files.writeString(item, Files.readString(item).replace("  from: 2025-01-01", "  from: 2025-01-01\n  to: 2026-12-31"));
    LoadResult result = CatalogueLoader.withDefaults().load(dir);
    assertThat(result.problems()).isEmpty();
    assertThat(result.catalogue()).isPresent();
  }

  @Test
  void aGapInAParameterIsReportedWithItsDates(@TempDir Path dir) throws IOException {
    withMinLiving(dir, """
              - {from: 2025-01-01, to: 2025-06-30, value: 700}
              - {from: 2025-10-01, value: 760}
        """);
    LoadResult result = CatalogueLoader.withDefaults().load(dir);
    assertThat(result.catalogue()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_NOT_COVERED);
      assertThat(p.location()).hasToString("items/T-001.yaml:25:7");
      assertThat(p.message().zh()).isEqualTo("事项 T-001 引用的参数「minLiving」在以下日期没有取值:2025-07-01 ~ 2025-09-30。");
      assertThat(p.message().en()).isEqualTo("The parameter \"minLiving\" used by item T-001 has no value on these dates: 2025-07-01 ~ 2025-09-30.");
    });
  }

  @Test
  void aParameterEndingBeforeAnOpenEndedItemIsReportedFromTheDayAfter(@TempDir Path dir) throws IOException {
    withMinLiving(dir, """
              - {from: 2025-01-01, to: 2029-12-31, value: 700}
        """);
    assertThat(CatalogueLoader.withDefaults().load(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_NOT_COVERED);
      assertThat(p.message().zh()).endsWith("没有取值:2030-01-01 起。");
      assertThat(p.message().en()).endsWith("has no value on these dates: from 2030-01-01.");
    });
  }

  @Test
  void aParameterUsedInSeveralPlacesIsReportedOnceAtTheFirst(@TempDir Path dir) throws IOException {
    Path item = withMinLiving(dir, """
              - {from: 2026-01-01, value: 760}
        """);
    Files.writeString(item, Files.readString(item)
        .replace("    deferrable: true\n", "    deferrable: true\n    requiredWhen: {fact: income, op: gt, parameter: minLiving}\n")
        .replace("    when: {fact: kind, op: eq, value: 变更}", "    when: {fact: income, op: gt, parameter: minLiving}"));
    assertThat(CatalogueLoader.withDefaults().load(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_NOT_COVERED);
      assertThat(p.location().line()).as("the acceptance conditions come first in the file").isEqualTo(25);
      assertThat(p.message().en()).contains("2025-01-01 ~ 2025-12-31");
    });
  }

  @Test
  void aParameterUsedOnlyByAScenarioOrAMaterialIsCheckedThere(@TempDir Path dir) throws IOException {
    Path item = withMinLiving(dir, """
              - {from: 2026-01-01, value: 760}
        """);
    String base = Files.readString(item).replace("      parameter: minLiving\n", "      value: 700\n");
    Files.writeString(item, base.replace("    when: {fact: kind, op: eq, value: 变更}", "    when: {fact: income, op: gt, parameter: minLiving}"));
    assertThat(CatalogueLoader.withDefaults().load(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_NOT_COVERED);
      assertThat(p.location().line()).isEqualTo(36);
      assertThat(p.location().pointer()).isEqualTo("/scenarios/1/when/parameter");
    });
    Files.writeString(item, base.replace("    deferrable: true\n", "    deferrable: true\n    requiredWhen: {fact: income, op: gt, parameter: minLiving}\n"));
    assertThat(CatalogueLoader.withDefaults().load(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.PARAMETER_NOT_COVERED);
      assertThat(p.location().line()).isEqualTo(51);
      assertThat(p.location().pointer()).isEqualTo("/materials/1/requiredWhen/parameter");
    });
  }

  @Test
  void aPromiseOfZeroDaysNeedsAnInstantItem(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Path item = dir.resolve("items/T-001.yaml");
    String zero = Files.readString(item).replace("promised: 10", "promised: 0");
    Files.writeString(item, zero);
    assertThat(CatalogueLoader.withDefaults().load(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.TIME_ZERO_NOT_INSTANT);
      assertThat(p.location().pointer()).isEqualTo("/timeLimit/promised");
    });
    Files.writeString(item, zero.replace("promised: 0", "promised: 0\n  instant: true"));
    Catalogue catalogue = CatalogueLoader.withDefaults().load(dir).orElseThrow();
    assertThat(catalogue.item("T-001").orElseThrow().timeLimit().instant()).isTrue();
  }

  @Test
  void problemsReadInBothLanguages(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Path item = dir.resolve("items/T-001.yaml");
    Files.writeString(item, Files.readString(item).replace("promised: 10", "promised: 30"));
    Problem p = CatalogueLoader.withDefaults().load(dir).problems().get(0);
    assertThat(p.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "items/T-001.yaml:53:3: error time.promised-exceeds-statutory: 承诺时限 30 个工作日超过了法定时限 20 个工作日。");
    assertThat(p.format(Locale.ENGLISH)).isEqualTo(
        "items/T-001.yaml:53:3: error time.promised-exceeds-statutory: The promised limit of 30 working days exceeds the statutory limit of 20.");
    assertThat(p.location().pointer()).isEqualTo("/timeLimit/promised");
    assertThat(p.hint().zh()).contains("承诺时限");
  }

  @Test
  void schemaProblemsAreCappedPerFileAndInTotal(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Path item = dir.resolve("items/T-001.yaml");
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      keys.append("extra").append(i).append(": ").append(i).append('\n');
    }
    Files.writeString(item, Files.readString(item) + keys);
    List<Problem> one = CatalogueLoader.withDefaults().load(dir).problems();
    int perFile = LoadLimits.DEFAULTS.maxProblemsPerFile();
    assertThat(one).hasSize(perFile + 1);
    assertThat(one).filteredOn(p -> p.code() == ProblemCode.YAML_TOO_MANY_PROBLEMS).singleElement()
        .satisfies(p -> assertThat(p.location().file()).isEqualTo("items/T-001.yaml"));

    // 30 broken files of 100 problems each: 3,000 found, the first 1,000 shown, then one line counting the rest
    for (int f = 0; f < 30; f++) {
      Files.writeString(dir.resolve("items/Z-%02d.yaml".formatted(f)), "code: Z-%02d\n%s".formatted(f, keys.substring(0, keys.indexOf("extra100:"))));
    }
    List<Problem> all = CatalogueLoader.withDefaults().load(dir).problems();
    int cap = LoadLimits.DEFAULTS.maxProblems();
    assertThat(all).hasSize(cap + 1);
    Problem last = all.get(cap);
    assertThat(last.code()).isEqualTo(ProblemCode.CATALOGUE_MORE_PROBLEMS);
    assertThat(last.isError()).isTrue();
    assertThat(last.message().en()).matches("[\\d,]+ more problems not shown \\([\\d,]+ in all\\)\\.");
  }

  @Test
  void semanticProblemsAreReportedEvenWhenTheFileHasSchemaProblems(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Path item = dir.resolve("items/T-001.yaml");
    // a misspelt key (schema) and a scenario listing a material the item does not have (semantic)
    Files.writeString(item, Files.readString(item)
        .replace("department: 民政局", "department: 民政局\ndepartmnet: 民政局")
        .replace("    materials: [idCard]", "    materials: [idCard, passport]"));
    List<Problem> problems = CatalogueLoader.withDefaults().load(dir).problems();
    assertThat(problems).extracting(p -> p.code().code()).containsExactlyInAnyOrder("schema.unknown-key", "reference.unknown-material");
  }

  @Test
  void aSemanticProblemInsideAnElementTheSchemaFaultedIsNotRepeated(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Path item = dir.resolve("items/T-001.yaml");
    // the scenario's material list holds a number: the schema says so, and its being no material of the item is not said again
    Files.writeString(item, Files.readString(item).replace("    materials: [idCard]", "    materials: [idCard, 3]"));
    List<Problem> problems = CatalogueLoader.withDefaults().load(dir).problems();
    assertThat(problems).extracting(p -> p.code().code()).containsOnly("schema.type");
  }

  @Test
  void aSchemaHintNamesTheFieldOnceInEachLanguage(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Path item = dir.resolve("items/T-001.yaml");
    Files.writeString(item, Files.readString(item).replaceFirst("(?m)^department: .*\\R", ""));
    Problem p = CatalogueLoader.withDefaults().load(dir).problems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCode.SCHEMA_REQUIRED);
    // the editor description starts with the Chinese name: the hint must not repeat it
    assertThat(p.hint().zh()).containsOnlyOnce("主管部门").contains("(department)");
    assertThat(p.hint().en()).containsOnlyOnce("The department in charge");
  }

  @Test
  void filesUnderTestsAndHiddenFilesAreNotPartOfTheCatalogue(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Files.createDirectories(dir.resolve("tests"));
    Files.writeString(dir.resolve("tests/a.test.yaml"), "anything: [goes, here]\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("items/.draft.yaml"), "not: loaded\n", StandardCharsets.UTF_8);
    assertThat(CatalogueLoader.withDefaults().load(dir).problems()).isEmpty();
  }

  @Test
  void theLocalBlockHintNamesTheLocalFieldsInTheOrderTheAuthoringGuideDoesOnEveryRun(@TempDir Path folder) {
    Fixtures.materialise(Fixtures.root().resolve("broken/local-standard-element"), folder);
    Problem problem = CatalogueLoader.withDefaults().load(folder).errors().get(0);
    assertThat(problem.code()).isEqualTo(ProblemCode.LOCAL_STANDARD_ELEMENT);
    assertThat(problem.hint().en()).contains("authorityName, address, phone, hours, window");
    assertThat(problem.hint().zh()).contains("authorityName, address, phone, hours, window");
  }
}
