package io.github.tongban.examples;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The README's embedding snippet, compiled: a test checks that the README shows exactly the lines
 * between the markers below, so the snippet cannot go stale.
 */
public final class Quickstart {
  private Quickstart() {}

  /** Runs the snippet on the catalogue in {@code folder}. */
  public static Decision run(Path folder) {
    // README:start
    LoadResult result = CatalogueLoader.withDefaults().load(folder);   // e.g. Path.of("catalog/sample")
    result.problems().forEach(p -> System.err.println(p.format(Locale.SIMPLIFIED_CHINESE)));
    Catalogue catalogue = result.orElseThrow();             // never half-loaded

    DecisionEngine engine = DecisionEngine.of(catalogue);   // build once; decide() is thread-safe
    Decision d = engine.decide(Application.forItem("620300-MZ-002")
        .fact("age", 82).fact("householdRegion", "620302001001").fact("agentApplies", false)
        .at("620321001").on(LocalDate.of(2026, 2, 12)).build());
    d.status();            // ELIGIBLE, INELIGIBLE or NEEDS_INFO: settled as soon as no open answer can change it
    d.reasons();           // each condition with the values applied, e.g. 年龄 82 周岁,不低于…80 周岁(自 2026-01-01 起)
    d.nextQuestions();     // exactly the facts whose answer can change the status; d.followUpQuestions() settle the rest
    d.materials();         // exact list: exempt ones name their source, deferrable ones their deadline, conditional ones their condition
    d.acceptance();        // may this point accept it, in which mode, who decides, where else to go
    d.timing();            // promised and statutory due dates on the working-day calendar
    // README:end
    return d;
  }
}
