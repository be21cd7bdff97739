package io.github.tongban.spring;

import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The Actuator health indicator of the served catalogue (component {@code tongban}), when Actuator
 * is on the class path; {@code management.health.tongban.enabled=false} turns it off.
 */
@AutoConfiguration(after = TongbanAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(ServedCatalogue.class)
@ConditionalOnEnabledHealthIndicator("tongban")
public class TongbanHealthAutoConfiguration {

  /** The indicator; named so that its component is {@code tongban}. */
  @Bean
  @ConditionalOnMissingBean(name = "tongbanHealthIndicator")
  public TongbanHealthIndicator tongbanHealthIndicator(ServedCatalogue served, TongbanProperties properties) {
    return new TongbanHealthIndicator(served, properties.getLanguage());
  }
}
