package io.github.tongban.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans the starter makes, and when they back off. */
class TongbanAutoConfigurationTests {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TongbanAutoConfiguration.class));

  @Test
  void withoutAPathTheBundledSampleIsServed() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(CatalogueLoader.class).hasSingleBean(CatalogueSource.class)
          .hasSingleBean(DecisionEngine.class).hasSingleBean(ServedCatalogue.class).hasSingleBean(TongbanDecisions.class)
          .doesNotHaveBean(CatalogueWatcher.class);
      ServedCatalogue served = context.getBean(ServedCatalogue.class);
      assertThat(served.catalogue().info().version()).isEqualTo(SampleCatalogue.catalogue().info().version());
      assertThat(served.source().folder()).isEmpty();
      assertThat(served.engine()).isSameAs(context.getBean(DecisionEngine.class));
      Decision d = context.getBean(TongbanDecisions.class).decide(elderlyAllowance(82));
      assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    });
  }

  static Application elderlyAllowance(int age) {
    return Application.forItem("620300-MZ-002").fact("age", age).fact("householdRegion", "620302001001").fact("agentApplies", false)
        .at("620321001").on(LocalDate.of(2026, 2, 12)).build();
  }
}
