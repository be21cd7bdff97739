package io.github.tongban.spring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer metrics of tongban, when Micrometer is on the class path and the application has a
 * {@link MeterRegistry}: {@link MicrometerTongbanMetrics}, and the gauge {@code tongban.catalogue.items}
 * (the items of the served catalogue).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class TongbanMetricsAutoConfiguration {
  /** The gauge of the items served. */
  public static final String ITEMS = "tongban.catalogue.items";

  /** Decision timers and reload counters on the application's registry. */
  @Bean
  @ConditionalOnMissingBean
  public TongbanMetrics tongbanMetrics(MeterRegistry registry) {
    return new MicrometerTongbanMetrics(registry);
  }

  /** The gauge {@code tongban.catalogue.items}. */
  @Bean
  @ConditionalOnMissingBean(name = "tongbanCatalogueMeters")
  public MeterBinder tongbanCatalogueMeters(ObjectProvider<ServedCatalogue> served) {
    return registry -> served.ifAvailable(s -> Gauge.builder(ITEMS, s, c -> c.catalogue().items().size())
        .description("Items of the served catalogue").register(registry));
  }
}
