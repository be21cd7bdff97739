package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A step of the process (办理流程), e.g. 受理, 审查, 决定, 送达.
 *
 * @param name the step
 * @param actor who does it, e.g. 乡镇便民服务中心
 * @param description what happens
 */
public record ProcessStep(String name, Optional<String> actor, Optional<String> description) {
  public ProcessStep {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(description, "description");
  }
}
