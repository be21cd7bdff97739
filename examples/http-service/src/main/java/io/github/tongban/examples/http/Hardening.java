package io.github.tongban.examples.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every answer of the service gets before any route runs: the Host allow-list (a request
 * naming another host is refused with 421, so a web page whose name was rebound to this machine's
 * address, DNS rebinding, cannot read or reload it), and the security headers: a
 * Content-Security-Policy (the clerk's page runs its own script only, nothing inline; everything
 * else runs nothing; nothing may frame either; the notice route sets its own, for its printable
 * HTML), {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy: no-referrer}, and {@code Cache-Control: no-store} on {@code /health}
 * (routes and static files set their own).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Hardening extends OncePerRequestFilter {
  /** The clerk's page: its own script and style only, no inline script, no framing, requests to this service only. */
  static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  /** Everything else (JSON, scripts, styles): runs and loads nothing, framed by no one. */
  static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Set<String> hosts;

  Hardening(ServiceProperties properties) {
    this.hosts = properties.getAllowedHosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (path.equals("/") || path.equals("/index.html")) {
      response.setHeader("Content-Security-Policy", PAGE_POLICY);
    } else if (!path.equals("/notices")) {
      response.setHeader("Content-Security-Policy", API_POLICY);
    }
    if (path.equals("/health") || path.startsWith("/health/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (!allowed(request.getHeader("Host"))) {
      Call call = new Call(request);
      ProblemException p = new ProblemException(421, "misdirected", call.text("problem.misdirected"), call.text("problem.misdirected.detail"),
          Map.of());
      response.setStatus(p.status());
      response.setContentType(Call.PROBLEM.toString());
      response.setHeader("Content-Language", call.language().tag());
      response.setHeader("Cache-Control", "no-store");
      response.getOutputStream().write(Call.problemBytes(p, path));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether {@code host} (a Host header: a name or address, and perhaps a port) is one this service answers for. */
  boolean allowed(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon >= 0 && h.indexOf(']') < colon && h.substring(colon + 1).chars().allMatch(Character::isDigit)) {
      h = h.substring(0, colon);
    }
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    return hosts.contains(h);
  }
}
