package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an applicant who disagrees with a decision can turn in one region: administrative review
 * (行政复议) and administrative litigation (行政诉讼).
 *
 * @param review where to apply for administrative review
 * @param litigation where to bring an administrative lawsuit
 */
public record Remedies(Optional<Remedy> review, Optional<Remedy> litigation) {
  public Remedies {
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(litigation, "litigation");
  }

  /**
   * One body to turn to.
   *
   * @param department the body, e.g. 金川区人民政府 or 金川区人民法院
   * @param address its address
   * @param phone its telephone, with its area code
   */
  public record Remedy(String department, Optional<String> address, Optional<String> phone) {
    public Remedy {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(phone, "phone");
    }
  }
}
