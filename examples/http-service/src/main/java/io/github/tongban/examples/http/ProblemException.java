package io.github.tongban.examples.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the service answers with an RFC 9457 problem: its status, its type (the last segment of
 * {@code https://tongban.github.io/problems/…}), title and detail in the request's language, and the
 * fields at fault with what is wrong with each. Thrown where the problem is found, answered by
 * {@link Problems}; it carries no cause and no stack trace reaches the answer.
 */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String title;
  private final String detail;
  private final transient Map<String, String> fields;

  ProblemException(int status, String type, String title, String detail, Map<String, String> fields) {
    super(type + ": " + detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.fields = new LinkedHashMap<>(fields);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  String title() {
    return title;
  }

  String detail() {
    return detail;
  }

  Map<String, String> fields() {
    return fields;
  }
}
