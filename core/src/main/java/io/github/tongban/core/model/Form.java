package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A form (办事表单) the applicant fills in.
 *
 * @param name the form
 * @param url where a blank form can be had
 */
public record Form(String name, Optional<String> url) {
  public Form {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
  }
}
