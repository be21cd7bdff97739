package io.github.tongban.spring;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.Language;
import io.github.tongban.present.ProblemFormat;
import io.github.tongban.present.SafeText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The health of the served catalogue (component {@code tongban}): its version, name, items, when
 * it was loaded, where from, and how the last reload went with its problems.
 *
 * <p>Status: {@code UP} while the last load succeeded. After a refused or failed reload the previous
 * catalogue still answers every request, so the instance must not be taken out of a load
 * balancer (as {@code DOWN} or {@code OUT_OF_SERVICE} would do, with 503): the component reports
 * {@link #RELOAD_FAILED} instead, with the problems in its details. Spring Boot's default status
 * order does not know that status, so the overall status stays {@code UP} and HTTP 200; a team that
 * wants it to count adds it to {@code management.endpoint.health.status.order} (see docs/spring-boot.md).
 */
public class TongbanHealthIndicator implements HealthIndicator {
  /** The component's status after a refused or failed reload: the previous catalogue still serves. */
  public static final Status RELOAD_FAILED = new Status("RELOAD_FAILED",
      "the last reload was refused or failed; the previous catalogue still serves");

  /** At most this many problems are listed in the details. */
  static final int MAX_PROBLEMS = 20;

  private final ServedCatalogue served;
  private final Language language;

  public TongbanHealthIndicator(ServedCatalogue served, Language language) {
    this.served = Objects.requireNonNull(served, "served");
    this.language = Objects.requireNonNull(language, "language");
  }

  @Override
  public Health health() {
    Catalogue c = served.catalogue();
    ReloadReport last = served.lastReload();
    Health.Builder health = last.loaded() ? Health.up() : Health.status(RELOAD_FAILED);
    health.withDetail("catalogueVersion", SafeText.line(c.info().version()))
        .withDetail("catalogueName", SafeText.line(c.info().name()))
        .withDetail("items", c.items().size())
        .withDetail("loadedAt", served.loadedAt().toString())
        .withDetail("source", SafeText.line(served.source().description()));
    Map<String, Object> reload = new LinkedHashMap<>();
    reload.put("outcome", last.outcome().id());
    reload.put("trigger", last.trigger().id());
    reload.put("at", last.at().toString());
    reload.put("errors", last.errors().size());
    reload.put("warnings", last.problems().size() - last.errors().size());
    List<String> problems = last.problems().stream().limit(MAX_PROBLEMS).map(p -> ProblemFormat.line(p, language)).toList();
    reload.put("problems", problems);
    if (!last.failure().isEmpty()) {
      reload.put("failure", last.failure());
    }
    if (!last.loaded()) {
      reload.put("note", Messages.get(language, "health.reload-failed"));
    }
    health.withDetail("lastReload", reload);
    return health.build();
  }
}
