package io.github.tongban.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.rules.Application;
import io.github.tongban.rules.Status;
import io.github.tongban.spring.ReloadOutcome;
import io.github.tongban.spring.ServedCatalogue;
import io.github.tongban.spring.TongbanDecisions;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter in a whole Spring Boot application, as a service uses it: the engine, measured
 * decisions, the Actuator health endpoint (overall status included) and the metrics registry that
 * Spring Boot itself configures.
 */
@SpringBootTest(classes = StarterApplication.class, properties = {"spring.main.banner-mode=off", "tongban.language=en", "management.endpoint.health.show-details=always",
    "management.endpoints.web.exposure.include=health"})
class StarterApplicationTests {
  private static Path folder;

  @DynamicPropertySource
  static void catalogue(DynamicPropertyRegistry registry) throws IOException {
    folder = io.github.tongban.spring.TestCatalogues.smallCopy(Files.createTempDirectory("tongban-starter"));
    registry.add("tongban.catalogue.path", folder::toString);
  }

  @Autowired
  TongbanDecisions decisions;

  @Autowired
  ServedCatalogue served;

  @Autowired
  HealthEndpoint health;

  @Autowired
  HttpCodeStatusMapper httpCodes;

  @Autowired
  MeterRegistry meters;

  @Test
  void decidesMeasuresAndReportsAFailedReloadInTheOverallHealth() throws IOException {
    Application application = Application.forItem("620300-MZ-002").fact("age", 82).fact("householdRegion", "620302001001")
        .fact("agentApplies", false).at("620321001").on(LocalDate.of(2026, 2, 12)).build();
    assertThat(decisions.decide(application).status()).isEqualTo(Status.ELIGIBLE);
    assertThat(meters.get("tongban.decisions").tag("status", "eligible").timer().count()).isEqualTo(1);
    assertThat(meters.get("tongban.catalogue.items").gauge().value()).isEqualTo(2);

    HealthComponent up = health.health();
    assertThat(up.getStatus().getCode()).isEqualTo("UP");
    Health tongban = (Health) ((CompositeHealth) up).getComponents().get("tongban");
    assertThat(tongban.getDetails()).containsEntry("catalogueVersion", "2026.11-sample").containsEntry("items", 2);

    Files.writeString(folder.resolve("items/620300-ZZ-001.yaml"), "code: a\ncode: b\n", StandardCharsets.UTF_8);
    assertThat(served.reload().outcome()).isEqualTo(ReloadOutcome.REFUSED);
    HealthComponent failed = health.health();
    // the overall status says so, with HTTP 200: the previous catalogue still answers every request
    assertThat(failed.getStatus().getCode()).isEqualTo("RELOAD_FAILED");
    assertThat(httpCodes.getStatusCode(failed.getStatus())).isEqualTo(200);
    Health afterwards = (Health) health.healthForPath("tongban");
    @SuppressWarnings("unchecked")
    Map<String, Object> last = (Map<String, Object>) afterwards.getDetails().get("lastReload");
    assertThat(last).containsEntry("outcome", "refused");
    assertThat(decisions.decide(application).catalogueVersion()).isEqualTo("2026.11-sample");
    assertThat(meters.get("tongban.reloads").tag("outcome", "refused").counter().count()).isEqualTo(1);
  }
}
