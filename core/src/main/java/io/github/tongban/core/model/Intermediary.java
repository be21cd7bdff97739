package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An intermediary service (中介服务) the item involves, such as an appraisal.
 *
 * @param name the service
 * @param required whether the applicant must use it
 * @param basis the id of the item's legal basis that requires it
 */
public record Intermediary(String name, boolean required, Optional<String> basis) {
  public Intermediary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
  }
}
