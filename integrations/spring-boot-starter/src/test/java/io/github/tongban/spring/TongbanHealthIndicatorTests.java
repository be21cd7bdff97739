package io.github.tongban.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.load.CatalogueLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health component tongban: what it says while the catalogue serves, and after a refused reload. */
class TongbanHealthIndicatorTests {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TongbanAutoConfiguration.class, TongbanHealthAutoConfiguration.class));

  @TempDir
  Path temp;

  @Test
  void upWithTheCataloguesVersionItemsAndLoadTime() {
    Path folder = TestCatalogues.smallCopy(temp);
    runner.withPropertyValues("tongban.catalogue.path=" + folder, "tongban.language=en").run(context -> {
      assertThat(context).hasBean("tongbanHealthIndicator");
      ServedCatalogue served = context.getBean(ServedCatalogue.class);
      Health health = context.getBean(TongbanHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("catalogueVersion", "2026.11-sample")
          .containsEntry("items", TestCatalogues.SMALL.size())
          .containsEntry("loadedAt", served.loadedAt().toString())
          .containsEntry("source", folder.toString());
      assertThat(lastReload(health)).containsEntry("outcome", "loaded").containsEntry("trigger", "startup").containsEntry("errors", 0)
          .containsEntry("warnings", CatalogueLoader.withDefaults().load(folder).warnings().size());
      assertThat(served.lastReload().problems()).isEqualTo(CatalogueLoader.withDefaults().load(folder).problems());
    });
  }

  @Test
  void aRefusedReloadIsReportedWithItsProblemsWhileTheOldCatalogueServes() {
    Path folder = TestCatalogues.smallCopy(temp);
    runner.withPropertyValues("tongban.catalogue.path=" + folder, "tongban.language=en").run(context -> {
      ServedCatalogue served = context.getBean(ServedCatalogue.class);
      String broken = TestCatalogues.addBrokenItem(folder);
      TestCatalogues.setVersion(folder, "2026.12-broken");
      ReloadReport report = served.reload();
      assertThat(report.outcome()).isEqualTo(ReloadOutcome.REFUSED);
      assertThat(report.catalogueVersion()).isEqualTo("2026.11-sample");

      Health health = context.getBean(TongbanHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(TongbanHealthIndicator.RELOAD_FAILED);
      assertThat(health.getDetails()).containsEntry("catalogueVersion", "2026.11-sample");
      Map<String, Object> last = lastReload(health);
      assertThat(last).containsEntry("outcome", "refused").containsEntry("trigger", "manual");
      assertThat((int) last.get("errors")).isPositive();
      assertThat((List<?>) last.get("problems")).anySatisfy(p -> assertThat(p.toString()).startsWith(broken + ":2:"));
      assertThat(last.get("note").toString()).contains("previous catalogue still serves");

      // a valid catalogue again: up again
      TestCatalogues.deleteTree(folder.resolve(broken));
      assertThat(served.reload().outcome()).isEqualTo(ReloadOutcome.LOADED);
      Health again = context.getBean(TongbanHealthIndicator.class).health();
      assertThat(again.getStatus()).isEqualTo(Status.UP);
      assertThat(again.getDetails()).containsEntry("catalogueVersion", "2026.12-broken");
    });
  }

  @Test
  void theIndicatorCanBeTurnedOffOrReplaced() {
    runner.withPropertyValues("management.health.tongban.enabled=false").run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(TongbanHealthIndicator.class));
    runner.withBean("tongbanHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build()).run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(TongbanHealthIndicator.class));
  }

  @Test
  void withoutActuatorThereIsNoIndicatorAndTheRestWorks() {
    runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context ->
        assertThat(context).hasNotFailed().hasSingleBean(ServedCatalogue.class).doesNotHaveBean(TongbanHealthIndicator.class));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lastReload(Health health) {
    return (Map<String, Object>) health.getDetails().get("lastReload");
  }
}
