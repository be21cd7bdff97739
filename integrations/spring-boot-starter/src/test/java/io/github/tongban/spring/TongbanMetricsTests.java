package io.github.tongban.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongban.rules.Application;
import io.github.tongban.rules.InvalidApplicationException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The meters the starter records: decisions by operation and status, loads by outcome and trigger, items served. */
class TongbanMetricsTests {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class, TongbanAutoConfiguration.class, TongbanMetricsAutoConfiguration.class));

  @TempDir
  Path temp;

  @Test
  void decisionsAreTimedByOperationAndStatus() {
    Path folder = TestCatalogues.smallCopy(temp);
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("tongban.catalogue.path=" + folder).run(context -> {
      assertThat(context).hasSingleBean(MicrometerTongbanMetrics.class);
      TongbanDecisions decisions = context.getBean(TongbanDecisions.class);
      decisions.decide(TongbanAutoConfigurationTests.elderlyAllowance(82));
      decisions.decide(TongbanAutoConfigurationTests.elderlyAllowance(90));
      decisions.decide(TongbanAutoConfigurationTests.elderlyAllowance(60));
      decisions.eligibility(TongbanAutoConfigurationTests.elderlyAllowance(60));
      Application unknownItem = Application.forItem("620300-XX-999").at("620321001").build();
      assertThatThrownBy(() -> decisions.decide(unknownItem)).isInstanceOf(InvalidApplicationException.class);

      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(registry.get("tongban.decisions").tag("operation", "decide").tag("status", "eligible").timer().count()).isEqualTo(2);
      assertThat(registry.get("tongban.decisions").tag("operation", "decide").tag("status", "ineligible").timer().count()).isEqualTo(1);
      assertThat(registry.get("tongban.decisions").tag("operation", "decide").tag("status", "invalid").timer().count()).isEqualTo(1);
      assertThat(registry.get("tongban.decisions").tag("operation", "eligibility").tag("status", "ineligible").timer().count())
          .isEqualTo(1);
      assertThat(registry.get("tongban.decisions").timer().totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
      // low cardinality: only these two tags, never the item or a fact
      assertThat(registry.get("tongban.decisions").meters()).allSatisfy(m ->
          assertThat(m.getId().getTags()).extracting(t -> t.getKey()).containsExactlyInAnyOrder("operation", "status"));
    });
  }

  @Test
  void loadsAreCountedByOutcomeAndTrigger() {
    Path folder = TestCatalogues.smallCopy(temp);
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("tongban.catalogue.path=" + folder).run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      ServedCatalogue served = context.getBean(ServedCatalogue.class);
      assertThat(registry.get("tongban.reloads").tag("outcome", "loaded").tag("trigger", "startup").counter().count()).isEqualTo(1);
      served.reload();
      String broken = TestCatalogues.addBrokenItem(folder);
      served.reload();
      served.reload();
      assertThat(registry.get("tongban.reloads").tag("outcome", "loaded").tag("trigger", "manual").counter().count()).isEqualTo(1);
      assertThat(registry.get("tongban.reloads").tag("outcome", "refused").tag("trigger", "manual").counter().count()).isEqualTo(2);
      assertThat(registry.get("tongban.catalogue.items").gauge().value()).isEqualTo(TestCatalogues.SMALL.size());
      TestCatalogues.deleteTree(folder.resolve("items/620300-MZ-001.yaml"));
      TestCatalogues.deleteTree(folder.resolve(broken));
      served.reload();
      assertThat(registry.get("tongban.catalogue.items").gauge().value()).isEqualTo(TestCatalogues.SMALL.size() - 1);
    });
  }

  @Test
  void withoutARegistryOrWithoutMicrometerNothingIsRecordedAndDecisionsWork() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(TongbanMetrics.class);
      assertThat(context.getBean(TongbanDecisions.class).decide(TongbanAutoConfigurationTests.elderlyAllowance(82))).isNotNull();
    });
    runner.withClassLoader(new FilteredClassLoader(Meter.class)).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(TongbanMetrics.class);
      assertThat(context.getBean(TongbanDecisions.class).decide(TongbanAutoConfigurationTests.elderlyAllowance(82))).isNotNull();
    });
  }

  @Test
  void theApplicationsOwnMetricsWin() {
    TongbanMetrics own = new TongbanMetrics() {
      @Override
      public void decision(String operation, String status, long nanos) {}

      @Override
      public void reload(ReloadReport report) {}
    };
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(TongbanMetrics.class, () -> own).run(context -> {
      assertThat(context).getBean(TongbanMetrics.class).isSameAs(own);
      context.getBean(TongbanDecisions.class).decide(TongbanAutoConfigurationTests.elderlyAllowance(82));
      assertThat(context.getBean(MeterRegistry.class).find("tongban.decisions").timer()).isNull();
    });
  }
}
