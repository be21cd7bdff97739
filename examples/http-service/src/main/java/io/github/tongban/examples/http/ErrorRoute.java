package io.github.tongban.examples.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the server answers for an error no route handled (a request Tomcat refused before any route,
 * a failure in a filter): an RFC 9457 problem in place of Spring Boot's error page, never with the
 * exception's text or a stack trace. Asked for directly, {@code /error} is an unknown route.
 */
@RestController
class ErrorRoute implements ErrorController {
  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<byte[]> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Call call = new Call(request);
    int status = code instanceof Integer i ? i : 404;
    String path = uri instanceof String s ? s : call.path();
    ProblemException p = status == 404 ? Problems.notFound(call, path) : status >= 500 ? Problems.internal(call) : Problems.badRequest(call, status);
    return call.problem(p, path);
  }
}
