package io.github.tongban.examples.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.present.Json;
import io.github.tongban.present.Language;
import io.github.tongban.present.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One request and its answer: the query parameters, the language asked for ({@code lang}, else
 * {@code Accept-Language}, else Chinese), and the ways of answering (JSON written by the one output
 * mapper, bytes, an RFC 9457 problem in that language). A problem found while reading the request
 * is thrown as a {@link ProblemException} and answered by {@link Problems}.
 */
final class Call {
  static final Texts TEXTS = Texts.of("web");
  /** The media type of problems (RFC 9457). */
  static final MediaType PROBLEM = MediaType.parseMediaType("application/problem+json; charset=utf-8");
  static final MediaType JSON = MediaType.parseMediaType("application/json; charset=utf-8");

  private final HttpServletRequest request;
  private final Map<String, String> query;
  private final Language language;

  Call(HttpServletRequest request) {
    this.request = request;
    this.query = query(request.getQueryString());
    this.language = language(query.get("lang"), request.getHeader("Accept-Language"));
  }

  String path() {
    return request.getRequestURI();
  }

  Language language() {
    return language;
  }

  Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name));
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(request.getHeader(name));
  }

  /** The {@code date} parameter, or {@code today}. */
  LocalDate date(LocalDate today) {
    Optional<String> raw = param("date");
    if (raw.isEmpty()) {
      return today;
    }
    try {
      return LocalDate.parse(raw.get());
    } catch (DateTimeParseException e) {
      throw invalidParameter("date", text("problem.invalid-parameter.date"));
    }
  }

  /** The request body, at most {@code max} bytes (413 beyond). */
  byte[] body(int max) {
    if (request.getContentLengthLong() > max) {
      throw tooLarge(max);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        throw tooLarge(max);
      }
      return bytes;
    } catch (IOException e) {
      // Tomcat wraps a read that timed out (server.tomcat.connection-timeout) in its ClientAbortException
      if (e instanceof SocketTimeoutException || e.getCause() instanceof SocketTimeoutException) {
        throw new ProblemException(408, "request-timeout", text("problem.request-timeout"), text("problem.request-timeout.detail"), Map.of());
      }
      throw new ProblemException(400, "bad-request", text("problem.bad-request"), text("problem.bad-request.detail", 400), Map.of());
    }
  }

  private ProblemException tooLarge(int max) {
    return new ProblemException(413, "too-large", text("problem.too-large"), text("problem.too-large.detail", max), Map.of());
  }

  String text(String key, Object... args) {
    return TEXTS.get(language, key, args);
  }

  ProblemException invalidParameter(String name, String what) {
    return new ProblemException(400, "invalid-parameter", text("problem.invalid-parameter"), name + ": " + what, Map.of(name, what));
  }

  /** A JSON answer that a cache may keep but must check again before use (lists, items, regions, the report). */
  ResponseEntity<byte[]> json(JsonNode body) {
    return bytes(200, JSON, CacheControl.noCache(), write(body));
  }

  /** A JSON answer no cache may keep (decisions, reloads: they are about one person, or about now). */
  ResponseEntity<byte[]> fresh(JsonNode body) {
    return bytes(200, JSON, CacheControl.noStore(), write(body));
  }

  ResponseEntity<byte[]> bytes(int status, MediaType type, CacheControl cache, byte[] bytes) {
    return ResponseEntity.status(status).contentType(type).cacheControl(cache).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).body(bytes);
  }

  /** The problem answer: {@code type, title, status, detail, instance} and, when there are any, {@code errors} by field. */
  ResponseEntity<byte[]> problem(ProblemException p) {
    return problem(p, path());
  }

  /** The problem answer, about the request for {@code instance}. */
  ResponseEntity<byte[]> problem(ProblemException p, String instance) {
    return ResponseEntity.status(p.status()).contentType(PROBLEM).cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).body(problemBytes(p, instance));
  }

  /** The body of a problem answer, for those who write the response themselves (filters, the error route). */
  static byte[] problemBytes(ProblemException p, String instance) {
    ObjectNode n = Json.mapper().createObjectNode().put("type", "https://tongban.github.io/problems/" + p.type()).put("title", p.title())
        .put("status", p.status()).put("detail", p.detail()).put("instance", instance);
    if (!p.fields().isEmpty()) {
      ObjectNode errors = n.putObject("errors");
      p.fields().forEach(errors::put);
    }
    return write(n);
  }

  static byte[] write(JsonNode node) {
    try {
      return Json.mapper().writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written", e);
    }
  }

  /** The query parameters, the first of each name (never the body: a form body is refused, not read). */
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
