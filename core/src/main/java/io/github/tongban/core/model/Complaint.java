package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How to complain about the handling of an item in one region (监督投诉方式). The complaint
 * telephone is never the consultation one.
 *
 * @param phone the telephone, with its area code or the 12345 hotline
 * @param url where to complain online (https)
 * @param letter where to write to
 */
public record Complaint(Optional<String> phone, Optional<String> url, Optional<String> letter) {
  public Complaint {
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(letter, "letter");
  }
}
