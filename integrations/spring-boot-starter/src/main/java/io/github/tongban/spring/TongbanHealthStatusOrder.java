package io.github.tongban.spring;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@link TongbanHealthIndicator#RELOAD_FAILED} count in the overall health: a default for
 * {@code management.endpoint.health.status.order} that places it after {@code DOWN} and
 * {@code OUT_OF_SERVICE} and before {@code UP}. So after a refused reload {@code /actuator/health}
 * says {@code RELOAD_FAILED} at the top, still with HTTP 200 (the previous catalogue serves, and a
 * load balancer must keep the instance), while a {@code DOWN} component still wins over it. The
 * default has the lowest precedence: an application that sets the order itself keeps its own.
 */
class TongbanHealthStatusOrder implements EnvironmentPostProcessor, Ordered {
  static final String PROPERTY = "management.endpoint.health.status.order";
  static final String ORDER = "DOWN,OUT_OF_SERVICE,RELOAD_FAILED,UP,UNKNOWN";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    // added last, after the application's own configuration files were added
    environment.getPropertySources().addLast(new MapPropertySource("tongbanHealthStatusOrder", Map.of(PROPERTY, ORDER)));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
