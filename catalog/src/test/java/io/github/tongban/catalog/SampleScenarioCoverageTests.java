package io.github.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sample's scenario coverage warnings are exactly its real gaps, so that a new one cannot creep
 * in unnoticed. Each is deliberate: the shared enum facts offer answers these items do not handle,
 * and the catalogue's scenario tests assert that such an application is ineligible with "没有适用的办理情形":
 * 信息变更 (applicationKind) for JY-004, JY-006 and MZ-006, which offer 首次申请 and 年度复核 only; and
 * 残疾类别或等级变化 (renewalReason, for the disability certificate CL-002) for the ID card GA-003.
 */
class SampleScenarioCoverageTests {
  static final Set<ProblemCode> CODES = Set.of(ProblemCode.SCENARIO_NEVER_APPLIES, ProblemCode.SCENARIO_GAP);

  @Test
  void theSampleWarnsOfItsRealScenarioGapsOnly() {
    LoadResult result = CatalogueLoader.withDefaults().load(Path.of("sample"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).filteredOn(p -> CODES.contains(p.code()))
        .map(SampleScenarioCoverageTests::describe)
        .containsExactly(
            "items/620300-GA-003.yaml:51 scenario.no-scenario-applies /scenarios: No scenario applies to: renewalReason=残疾类别或等级变化.",
            "items/620300-JY-004.yaml:57 scenario.no-scenario-applies /scenarios: No scenario applies to: applicationKind=信息变更.",
            "items/620300-JY-006.yaml:65 scenario.no-scenario-applies /scenarios: No scenario applies to: applicationKind=信息变更.",
            "items/620300-MZ-006.yaml:61 scenario.no-scenario-applies /scenarios: No scenario applies to: applicationKind=信息变更.");
  }

  private static String describe(Problem p) {
    return "%s:%d %s %s: %s".formatted(p.location().file(), p.location().line(), p.code().code(), p.location().pointer(), p.message().en());
  }
}
