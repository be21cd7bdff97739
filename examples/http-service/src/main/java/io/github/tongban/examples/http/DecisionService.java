package io.github.tongban.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.report.CatalogueReport;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.present.FactsJson;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A small JSON decision service on the JDK's own HTTP server (no web framework: the API is a
 * handful of routes, and the JDK server keeps the example dependency-free and easy to audit).
 * Uses only tongban's public API. Bind it to loopback; put a real gateway in front in production.
 *
 * <p>Routes: {@code GET /} (the window clerk's page), {@code GET /health}, {@code GET /items}, {@code GET /items/{code}},
 * {@code POST /decisions}, {@code POST /decisions/next-question}, {@code GET /report},
 * {@code POST /admin/reload}, {@code GET /openapi.json}. Errors are RFC 9457
 * {@code application/problem+json}; no stack trace leaves the server.
 */
public final class DecisionService implements AutoCloseable {
  /** The largest request body accepted. */
  public static final int MAX_BODY = 64 * 1024;

  static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final HttpServer server;
  private final ExecutorService pool;
  private final Supplier<LoadResult> source;
  private final DecisionEngine engine;
  private volatile Instant loadedAt;

  private DecisionService(HttpServer server, ExecutorService pool, Supplier<LoadResult> source, DecisionEngine engine) {
    this.server = server;
    this.pool = pool;
    this.source = source;
    this.engine = engine;
    this.loadedAt = Instant.now();
  }

  /** Starts a service on {@code address}, serving the catalogue {@code source} gives (and gives again on reload). */
  public static DecisionService start(InetSocketAddress address, Supplier<LoadResult> source) throws IOException {
    DecisionEngine engine = DecisionEngine.of(source.get().orElseThrow());
    HttpServer server = HttpServer.create(address, 64);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    server.setExecutor(pool);
    DecisionService service = new DecisionService(server, pool, source, engine);
    server.createContext("/", service::handle);
    server.start();
    return service;
  }

  /** The port the service listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange x) throws IOException {
    try {
      String path = x.getRequestURI().getPath();
      String method = x.getRequestMethod();
      if ((path.equals("/") || path.equals("/index.html")) && method.equals("GET")) {
        try (InputStream in = DecisionService.class.getResourceAsStream("web/index.html")) {
          x.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
          sendBytes(x, 200, "text/html", in.readAllBytes());
        }
      } else if (path.equals("/health") && method.equals("GET")) {
        Catalogue c = engine.catalogue();
        send(x, 200, JSON.createObjectNode().put("status", "up").put("catalogueVersion", c.info().version())
            .put("items", c.items().size()).put("loadedAt", loadedAt.toString()));
      } else if (path.equals("/items") && method.equals("GET")) {
        ArrayNode list = JSON.createArrayNode();
        for (ServiceItem i : engine.catalogue().items()) {
          list.addObject().put("code", i.code()).put("name", i.name()).put("department", i.department())
              .put("scope", i.scope().yamlName()).put("onlineLevel", i.onlineLevel().yamlName());
        }
        send(x, 200, list);
      } else if (path.startsWith("/items/") && method.equals("GET")) {
        String code = path.substring("/items/".length());
        var item = engine.catalogue().item(code);
        if (item.isEmpty()) {
          problem(x, 404, "not-found", "没有这个事项 / No such item", "The catalogue has no item " + code + ".", Map.of());
        } else {
          send(x, 200, JSON.valueToTree(item.get()));
        }
      } else if ((path.equals("/decisions") || path.equals("/decisions/next-question")) && method.equals("POST")) {
        JsonNode body = body(x);
        if (body == null) {
          return;
        }
        Application application = application(x, body);
        if (application == null) {
          return;
        }
        Decision d;
        try {
          d = engine.decide(application);
        } catch (InvalidApplicationException e) {
          Map<String, String> fields = new LinkedHashMap<>();
          e.problems().forEach(p -> fields.put(p.field(), p.message().zh() + " / " + p.message().en()));
          problem(x, 400, "invalid-application", "申请不完整或有误 / Invalid application", e.getMessage(), fields);
          return;
        }
        if (path.equals("/decisions")) {
          send(x, 200, JSON.valueToTree(d));
        } else {
          ObjectNode out = JSON.createObjectNode().put("status", d.status().name());
          out.set("nextQuestion", d.nextQuestions().isEmpty() ? null : JSON.valueToTree(d.nextQuestions().get(0)));
          out.put("remaining", d.nextQuestions().size());
          send(x, 200, out);
        }
      } else if (path.equals("/report") && method.equals("GET")) {
        send(x, 200, JSON.valueToTree(CatalogueReport.of(engine.catalogue())));
      } else if (path.equals("/admin/reload") && method.equals("POST")) {
        LoadResult result = source.get();
        if (engine.reload(result)) {
          loadedAt = Instant.now();
          send(x, 200, JSON.createObjectNode().put("reloaded", true).put("catalogueVersion", engine.catalogue().info().version()));
        } else {
          Map<String, String> fields = new LinkedHashMap<>();
          for (Problem p : result.errors()) {
            fields.put(p.location().toString() + " " + p.code().code(), p.message().zh() + " / " + p.message().en());
          }
          problem(x, 422, "invalid-catalogue", "事项目录有错误,未重新加载 / The catalogue has errors; not reloaded",
              "The previous catalogue " + engine.catalogue().info().version() + " keeps serving.", fields);
        }
      } else if (path.equals("/openapi.json") && method.equals("GET")) {
        try (InputStream in = DecisionService.class.getResourceAsStream("openapi.json")) {
          sendBytes(x, 200, "application/json", in.readAllBytes());
        }
      } else if (knownPath(path)) {
        problem(x, 405, "method-not-allowed", "方法不允许 / Method not allowed", method + " is not allowed on " + path + ".", Map.of());
      } else {
        problem(x, 404, "not-found", "没有这个地址 / Not found", "No route " + path + ".", Map.of());
      }
    } catch (RuntimeException e) {
      problem(x, 500, "internal", "内部错误 / Internal error", "The request could not be handled.", Map.of());
    } finally {
      x.close();
    }
  }

  private static boolean knownPath(String path) {
    return path.equals("/health") || path.equals("/items") || path.startsWith("/items/") || path.startsWith("/decisions")
        || path.equals("/report") || path.equals("/admin/reload") || path.equals("/openapi.json");
  }

  /** The request's JSON body, or null after answering 400 or 413. */
  private static JsonNode body(HttpExchange x) throws IOException {
    byte[] bytes = x.getRequestBody().readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      problem(x, 413, "too-large", "请求过大 / Request too large", "The body is larger than " + MAX_BODY + " bytes.", Map.of());
      return null;
    }
    try {
      return FactsJson.object(bytes);
    } catch (FactsJson.InvalidJsonException e) {
      problem(x, 400, "malformed", "请求不是有效的 JSON 对象 / Malformed request", e.text().en() + ".",
          Map.of(e.field(), e.text().zh() + " / " + e.text().en()));
      return null;
    }
  }

  /** The application the body describes, or null after answering 400 naming the field. */
  private static Application application(HttpExchange x, JsonNode body) throws IOException {
    try {
      return FactsJson.application(body);
    } catch (FactsJson.InvalidJsonException e) {
      problem(x, 400, "invalid-application", "申请不完整或有误 / Invalid application", e.text().en() + ".",
          Map.of(e.field(), e.text().zh() + " / " + e.text().en()));
      return null;
    }
  }

  private static void problem(HttpExchange x, int status, String type, String title, String detail, Map<String, String> fields) throws IOException {
    ObjectNode p = JSON.createObjectNode().put("type", "https://tongban.github.io/problems/" + type).put("title", title)
        .put("status", status).put("detail", detail).put("instance", x.getRequestURI().getPath());
    if (!fields.isEmpty()) {
      ObjectNode errors = p.putObject("errors");
      fields.forEach(errors::put);
    }
    sendBytes(x, status, "application/problem+json", JSON.writeValueAsBytes(p));
  }

  private static void send(HttpExchange x, int status, JsonNode body) throws IOException {
    sendBytes(x, status, "application/json", JSON.writeValueAsBytes(body));
  }

  private static void sendBytes(HttpExchange x, int status, String type, byte[] bytes) throws IOException {
    x.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

}
