package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How to ask about an item in one region (咨询方式).
 *
 * @param window the window to ask at
 * @param phone the telephone, with its area code (e.g. 0935-8212345) or the 12345 hotline
 * @param url where to ask online (https)
 * @param letter where to write to
 */
public record Consult(Optional<String> window, Optional<String> phone, Optional<String> url, Optional<String> letter) {
  public Consult {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(letter, "letter");
  }
}
