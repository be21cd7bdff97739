package io.github.tongban.core.model;

import java.util.Objects;

/**
 * A frequently asked question about an item (常见问题), with its answer.
 *
 * @param question the question
 * @param answer the answer
 */
public record Faq(String question, String answer) {
  public Faq {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
  }
}
