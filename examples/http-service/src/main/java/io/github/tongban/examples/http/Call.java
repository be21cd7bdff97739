package io.github.tongban.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.tongban.present.Json;
import io.github.tongban.present.Language;
import io.github.tongban.present.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its answer: the query parameters, the language asked for ({@code lang}, else
 * {@code Accept-Language}, else Chinese), and the ways of answering (JSON, bytes, an RFC 9457
 * problem in that language). An answer that has been sent is final: the handler returns after it.
 */
final class Call {
  static final Texts TEXTS = Texts.of("web");

  private final HttpExchange exchange;
  private final Map<String, String> query;
  private final Language language;

  Call(HttpExchange exchange) {
    this.exchange = exchange;
    this.query = query(exchange.getRequestURI().getRawQuery());
    this.language = language(query.get("lang"), exchange.getRequestHeaders().getFirst("Accept-Language"));
  }

  String path() {
    return exchange.getRequestURI().getPath();
  }

  String method() {
    return exchange.getRequestMethod();
  }

  Language language() {
    return language;
  }

  Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name));
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
  }

  /** The {@code date} parameter, or {@code today}; empty after answering 400. */
  Optional<LocalDate> date(LocalDate today) throws IOException {
    Optional<String> raw = param("date");
    if (raw.isEmpty()) {
      return Optional.of(today);
    }
    try {
      return Optional.of(LocalDate.parse(raw.get()));
    } catch (DateTimeParseException e) {
      invalidParameter("date", text("problem.invalid-parameter.date"));
      return Optional.empty();
    }
  }

  /** The request body, at most {@code max} bytes; empty after answering 413. */
  Optional<byte[]> body(int max) throws IOException {
    byte[] bytes = exchange.getRequestBody().readNBytes(max + 1);
    if (bytes.length > max) {
      problem(413, "too-large", text("problem.too-large"), text("problem.too-large.detail", max), Map.of());
      return Optional.empty();
    }
    return Optional.of(bytes);
  }

  String text(String key, Object... args) {
    return TEXTS.get(language, key, args);
  }

  void invalidParameter(String name, String what) throws IOException {
    problem(400, "invalid-parameter", text("problem.invalid-parameter"), name + ": " + what, Map.of(name, what));
  }

  void json(int status, JsonNode body) throws IOException {
    bytes(status, "application/json", Json.mapper().writeValueAsBytes(body));
  }

  void problem(int status, String type, String title, String detail, Map<String, String> fields) throws IOException {
    ObjectNode p = Json.mapper().createObjectNode().put("type", "https://tongban.github.io/problems/" + type).put("title", title)
        .put("status", status).put("detail", detail).put("instance", path());
    if (!fields.isEmpty()) {
      ObjectNode errors = p.putObject("errors");
      fields.forEach(errors::put);
    }
    bytes(status, "application/problem+json", Json.mapper().writeValueAsBytes(p));
  }

  void bytes(int status, String type, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Content-Language", language.tag());
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  void header(String name, String value) {
    exchange.getResponseHeaders().set(name, value);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        out.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // a broken %-escape: the parameter is ignored, as a missing one would be
      }
    }
    return out;
  }

  /** {@code lang} if given; else the first of Chinese or English in {@code Accept-Language}, by weight; else Chinese. */
  static Language language(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      return Language.of(lang);
    }
    if (acceptLanguage != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          String tag = range.getRange().toLowerCase(Locale.ROOT);
          if (range.getWeight() > 0 && (tag.startsWith("zh") || tag.startsWith("en"))) {
            return Language.of(tag);
          }
        }
      } catch (IllegalArgumentException e) {
        // a malformed header asks for nothing
      }
    }
    return Language.ZH;
  }

  /** Whether {@code accept} prefers HTML to JSON: by weight, and at equal weight by order. */
  static boolean wantsHtml(String accept) {
    if (accept == null) {
      return false;
    }
    double html = 0;
    double json = 0;
    int htmlAt = -1;
    int jsonAt = -1;
    String[] entries = accept.toLowerCase(Locale.ROOT).split(",");
    for (int i = 0; i < entries.length; i++) {
      String[] parts = entries[i].split(";");
      String type = parts[0].strip();
      double q = 1;
      for (int j = 1; j < parts.length; j++) {
        String p = parts[j].strip();
        if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (type.equals("text/html") && htmlAt < 0) {
        html = q;
        htmlAt = i;
      } else if (type.equals("application/json") && jsonAt < 0) {
        json = q;
        jsonAt = i;
      }
    }
    return html > 0 && (html > json || (html == json && htmlAt < jsonAt));
  }
}
