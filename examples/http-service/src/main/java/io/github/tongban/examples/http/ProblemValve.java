package io.github.tongban.examples.http;

import io.github.tongban.present.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers for a request it refuses before any route or filter runs (a header over
 * {@code server.max-http-request-header-size}, a request line it cannot parse): an RFC 9457 problem
 * in place of Tomcat's HTML error page, in Chinese (the request's own headers may be unread).
 */
@Component
class ProblemValve implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new Valve()));
  }

  /** After Spring Boot's own customizer, so that this valve sits inside Tomcat's and answers first. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Writes the problem instead of Tomcat's page. */
  static final class Valve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      String text400 = Call.TEXTS.get(Language.ZH, "problem.bad-request");
      ProblemException p = status >= 500
          ? new ProblemException(status, "internal", Call.TEXTS.get(Language.ZH, "problem.internal"), Call.TEXTS.get(Language.ZH,
              "problem.internal.detail"), Map.of())
          : new ProblemException(status, "bad-request", text400, Call.TEXTS.get(Language.ZH, "problem.bad-request.detail", status), Map.of());
      try {
        response.setContentType(Call.PROBLEM.toString());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String uri = request.getDecodedRequestURI();
        try (OutputStream out = response.getOutputStream()) {
          out.write(Call.problemBytes(p, uri == null ? "" : uri));
        }
      } catch (IOException | IllegalStateException e) {
        // the connection is gone or the answer already started: nothing more to say
      }
    }
  }
}
