package io.github.tongban.rules;

import java.util.List;
import java.util.Objects;

/**
 * The screening answer (免申即享): whether an application is eligible, and the questions whose
 * answer can change that — exactly what {@link Decision#status()} and {@link Decision#nextQuestions()}
 * say for the same application, without the materials, acceptance, reasons and dates.
 *
 * @param item the item code
 * @param itemVersion the version of the item in force on the application date
 * @param status eligible, ineligible, or more information needed
 * @param nextQuestions exactly the unknown facts whose answer can change the status
 */
public record Eligibility(String item, String itemVersion, Status status, List<Question> nextQuestions) {
  public Eligibility {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(itemVersion, "itemVersion");
    Objects.requireNonNull(status, "status");
    nextQuestions = List.copyOf(nextQuestions);
  }
}
