package io.github.tongban.examples.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of a route as an RFC 9457 problem in the request's language: the service's own
 * ({@link ProblemException}), an unknown route (404), a method the route does not take (405, with
 * {@code Allow}), a body that is not JSON (415), and anything unforeseen (500, logged here, never
 * shown: no exception text or stack trace leaves the server).
 */
@RestControllerAdvice
class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<byte[]> problem(ProblemException e, HttpServletRequest request) {
    return new Call(request).problem(e);
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ResponseEntity<byte[]> notFound(Exception e, HttpServletRequest request) {
    Call call = new Call(request);
    return call.problem(notFound(call, call.path()));
  }

  static ProblemException notFound(Call call, String path) {
    return new ProblemException(404, "not-found", call.text("problem.not-found"), call.text("problem.not-found.route", path), Map.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<byte[]> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    Call call = new Call(request);
    Set<HttpMethod> allowed = new HashSet<>(e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods());
    if (allowed.contains(HttpMethod.GET)) {
      allowed.add(HttpMethod.HEAD); // every GET route answers HEAD too
    }
    ResponseEntity<byte[]> answer = call.problem(new ProblemException(405, "method-not-allowed", call.text("problem.method-not-allowed"),
        call.text("problem.method-not-allowed.detail", e.getMethod(), call.path()), Map.of()));
    return ResponseEntity.status(405).headers(answer.getHeaders())
        .header(HttpHeaders.ALLOW, allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "))).body(answer.getBody());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<byte[]> unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    Call call = new Call(request);
    String given = e.getContentType() == null ? "-" : e.getContentType().toString();
    ResponseEntity<byte[]> answer = call.problem(new ProblemException(415, "unsupported-media-type", call.text("problem.unsupported-media-type"),
        call.text("problem.unsupported-media-type.detail", given), Map.of("Content-Type", call.text("problem.unsupported-media-type.field"))));
    return ResponseEntity.status(415).headers(answer.getHeaders()).header(HttpHeaders.ACCEPT, "application/json").body(answer.getBody());
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<byte[]> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    Call call = new Call(request);
    return call.problem(new ProblemException(406, "not-acceptable", call.text("problem.not-acceptable"), call.text("problem.not-acceptable.detail"),
        Map.of()));
  }

  /** A request the framework could not read (a missing part, a header it cannot parse: a 4xx), else a failure of the service. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<byte[]> other(Exception e, HttpServletRequest request) {
    Call call = new Call(request);
    if (e instanceof ErrorResponse r && r.getStatusCode().is4xxClientError()) {
      return call.problem(badRequest(call, r.getStatusCode().value()));
    }
    LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
    return call.problem(internal(call));
  }

  static ProblemException badRequest(Call call, int status) {
    return new ProblemException(status, "bad-request", call.text("problem.bad-request"), call.text("problem.bad-request.detail", status),
        Map.of());
  }

  static ProblemException internal(Call call) {
    return new ProblemException(500, "internal", call.text("problem.internal"), call.text("problem.internal.detail"), Map.of());
  }
}
