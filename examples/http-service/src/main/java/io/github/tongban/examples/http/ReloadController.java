package io.github.tongban.examples.http;

import io.github.tongban.core.validation.Problem;
import io.github.tongban.present.Json;
import io.github.tongban.spring.ReloadReport;
import io.github.tongban.spring.ServedCatalogue;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/reload}: reads the catalogue again through the starter's {@link ServedCatalogue}
 * (one reload at a time; a second caller while one runs gets 409 at once rather than queueing), and
 * serves it when it is valid; an invalid one is refused with its problems (422) and the previous one
 * keeps serving. The route exists only when {@code tongban.service.reload-token} is set: it needs
 * {@code Authorization: Bearer TOKEN} (compared in constant time) and a JSON body ({@code {}}).
 */
@RestController
@Conditional(ReloadController.TokenSet.class)
class ReloadController {
  private final ServedCatalogue served;
  private final byte[] token;

  ReloadController(ServedCatalogue served, ServiceProperties properties) {
    String t = properties.reloadToken().orElseThrow();
    if (t.length() < ServiceProperties.MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("tongban.service.reload-token must be at least %d characters (e.g. openssl rand -hex 32), not %d"
          .formatted(ServiceProperties.MIN_TOKEN_LENGTH, t.length()));
    }
    this.served = served;
    this.token = sha256(t);
  }

  @PostMapping(path = "/admin/reload", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> reload(HttpServletRequest request) {
    Call call = new Call(request);
    if (!authorised(request.getHeader(HttpHeaders.AUTHORIZATION))) {
      ResponseEntity<byte[]> answer = call.problem(new ProblemException(401, "unauthorized", call.text("problem.unauthorized"),
          call.text("problem.unauthorized.detail"), Map.of()));
      return ResponseEntity.status(401).headers(answer.getHeaders()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tongban\"")
          .body(answer.getBody());
    }
    call.body(DecisionController.MAX_BODY);
    Optional<ReloadReport> done = served.tryReload();
    if (done.isEmpty()) {
      ResponseEntity<byte[]> answer = call.problem(new ProblemException(409, "reload-running", call.text("problem.reload-running"),
          call.text("problem.reload-running.detail"), Map.of()));
      return ResponseEntity.status(409).headers(answer.getHeaders()).header(HttpHeaders.RETRY_AFTER, "1").body(answer.getBody());
    }
    ReloadReport report = done.get();
    switch (report.outcome()) {
      case LOADED -> {
        return call.fresh(Json.mapper().createObjectNode().put("reloaded", true).put("catalogueVersion", report.catalogueVersion()));
      }
      case REFUSED -> {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Problem p : report.errors()) {
          fields.put(p.location().toString() + " " + p.code().code(), call.language().pick(p.message().zh(), p.message().en()));
        }
        throw new ProblemException(422, "invalid-catalogue", call.text("problem.invalid-catalogue"),
            call.text("problem.invalid-catalogue.detail", report.catalogueVersion()), fields);
      }
      default -> throw new ProblemException(500, "reload-failed", call.text("problem.reload-failed"),
          call.text("problem.invalid-catalogue.detail", report.catalogueVersion()), Map.of());
    }
  }

  /** Whether {@code authorization} is {@code Bearer} and the token, compared in time that does not depend on where they differ. */
  boolean authorised(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(token, sha256(authorization.substring(7).strip()));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Whether a reload token is set (not blank): without one the route does not exist, and answers 404 as any unknown one. */
  static final class TokenSet implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty("tongban.service.reload-token"));
    }
  }
}
