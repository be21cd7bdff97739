package io.github.tongban.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.report.CatalogueReport;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.present.Doc;
import io.github.tongban.present.FactsJson;
import io.github.tongban.present.Guides;
import io.github.tongban.present.Json;
import io.github.tongban.present.Language;
import io.github.tongban.present.Notices;
import io.github.tongban.present.RegionSearch;
import io.github.tongban.present.SafeText;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A small JSON decision service on the JDK's own HTTP server (no web framework: the API is a
 * handful of routes, and the JDK server keeps the example dependency-free and easy to audit).
 * Uses only tongban's public API and its presentation layer. Bind it to loopback; put a real
 * gateway in front in production.
 *
 * <p>Routes: {@code GET /} (the window clerk's page, with {@code /clerk.js} and {@code /clerk.css}),
 * {@code GET /health}, {@code GET /items} and {@code GET /items/{code}} (the versions in force on
 * {@code ?date=}, today by default), {@code GET /regions?q=} (regions and service points by name),
 * {@code POST /decisions}, {@code POST /decisions/next-question}, {@code POST /notices} (the notice
 * as a document in JSON, or as printable HTML), {@code GET /report}, {@code POST /admin/reload},
 * {@code GET /openapi.json}. The language is {@code ?lang=} or {@code Accept-Language} (Chinese by
 * default). Errors are RFC 9457 {@code application/problem+json}; no stack trace leaves the server.
 */
public final class DecisionService implements AutoCloseable {
  /** The largest request body accepted. */
  public static final int MAX_BODY = 64 * 1024;

  /** The page's policy: its own script and style only, no inline script, no framing, requests to this service only. */
  static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  /** The printable notice's policy: its inline style and print button, nothing from anywhere. */
  static final String NOTICE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final HttpServer server;
  private final ExecutorService pool;
  private final Supplier<LoadResult> source;
  private final DecisionEngine engine;
  private volatile Instant loadedAt;
  /** The region search of the catalogue in use, rebuilt when a reload changes the catalogue. */
  private volatile Searchable regions;

  private record Searchable(Catalogue catalogue, RegionSearch search) {}

  private record Decided(Catalogue catalogue, Decision decision) {}

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
    Call call = new Call(x);
    try {
      route(call);
    } catch (RuntimeException e) {
      call.problem(500, "internal", call.text("problem.internal"), call.text("problem.internal.detail"), Map.of());
    } finally {
      x.close();
    }
  }

  private void route(Call call) throws IOException {
    String path = call.path();
    String method = call.method();
    boolean get = method.equals("GET");
    boolean post = method.equals("POST");
    if ((path.equals("/") || path.equals("/index.html")) && get) {
      call.header("Content-Security-Policy", PAGE_POLICY);
      resource(call, "web/index.html", "text/html");
    } else if (path.equals("/clerk.js") && get) {
      resource(call, "web/clerk.js", "text/javascript");
    } else if (path.equals("/clerk.css") && get) {
      resource(call, "web/clerk.css", "text/css");
    } else if (path.equals("/health") && get) {
      Catalogue c = engine.catalogue();
      call.json(200, Json.mapper().createObjectNode().put("status", "up").put("catalogueVersion", c.info().version())
          .put("items", c.items().size()).put("loadedAt", loadedAt.toString()));
    } else if (path.equals("/items") && get) {
      items(call);
    } else if (path.startsWith("/items/") && get) {
      item(call, path.substring("/items/".length()));
    } else if (path.equals("/regions") && get) {
      regions(call);
    } else if ((path.equals("/decisions") || path.equals("/decisions/next-question")) && post) {
      Optional<Decided> decided = decide(call);
      if (decided.isEmpty()) {
        return;
      }
      Decision d = decided.get().decision();
      if (path.equals("/decisions")) {
        call.json(200, Json.mapper().valueToTree(d));
      } else {
        ObjectNode out = Json.mapper().createObjectNode().put("status", d.status().name());
        out.set("nextQuestion", d.nextQuestions().isEmpty() ? null : Json.mapper().valueToTree(d.nextQuestions().get(0)));
        out.put("remaining", d.nextQuestions().size());
        call.json(200, out);
      }
    } else if (path.equals("/notices") && post) {
      notice(call);
    } else if (path.equals("/report") && get) {
      call.json(200, Json.mapper().valueToTree(CatalogueReport.of(engine.catalogue())));
    } else if (path.equals("/admin/reload") && post) {
      reload(call);
    } else if (path.equals("/openapi.json") && get) {
      resource(call, "openapi.json", "application/json");
    } else if (knownPath(path)) {
      call.problem(405, "method-not-allowed", call.text("problem.method-not-allowed"), call.text("problem.method-not-allowed.detail", method, path),
          Map.of());
    } else {
      call.problem(404, "not-found", call.text("problem.not-found"), call.text("problem.not-found.route", path), Map.of());
    }
  }

  private static boolean knownPath(String path) {
    return path.equals("/") || path.equals("/index.html") || path.equals("/clerk.js") || path.equals("/clerk.css") || path.equals("/health")
        || path.equals("/items") || path.startsWith("/items/") || path.equals("/regions") || path.startsWith("/decisions")
        || path.equals("/notices") || path.equals("/report") || path.equals("/admin/reload") || path.equals("/openapi.json");
  }

  private static void resource(Call call, String name, String type) throws IOException {
    try (InputStream in = DecisionService.class.getResourceAsStream(name)) {
      call.bytes(200, type, in.readAllBytes());
    }
  }

  private static LocalDate today() {
    return LocalDate.now(DecisionEngine.CITY_ZONE);
  }

  /** The items with a version in force on the date asked (today by default), with their common names and any upcoming version. */
  private void items(Call call) throws IOException {
    Optional<LocalDate> date = call.date(today());
    if (date.isEmpty()) {
      return;
    }
    Catalogue c = engine.catalogue();
    ArrayNode list = Json.mapper().createArrayNode();
    for (ServiceItem i : c.itemsInForce(date.get())) {
      ObjectNode n = list.addObject().put("code", i.code()).put("name", SafeText.line(i.name()));
      ArrayNode aliases = n.putArray("aliases");
      i.aliases().forEach(a -> aliases.add(SafeText.line(a)));
      n.put("department", SafeText.line(i.department())).put("scope", i.scope().yamlName()).put("onlineLevel", i.onlineLevel().yamlName())
          .put("version", i.version()).put("validFrom", i.validity().from().toString());
      n.set("upcoming", upcoming(call, c, i.code(), date.get()));
    }
    call.json(200, list);
  }

  /** The version of one item in force on the date asked, with any upcoming version. */
  private void item(Call call, String code) throws IOException {
    Optional<LocalDate> date = call.date(today());
    if (date.isEmpty()) {
      return;
    }
    Catalogue c = engine.catalogue();
    Optional<ServiceItem> item = c.item(code, date.get());
    if (item.isPresent()) {
      ObjectNode n = Json.mapper().valueToTree(item.get());
      n.set("upcoming", upcoming(call, c, code, date.get()));
      call.json(200, n);
    } else {
      String detail = Guides.unavailable(c, code, date.get(), call.language()).orElseThrow();
      boolean known = !c.versions(code).isEmpty();
      call.problem(404, known ? "not-in-force" : "not-found", call.text(known ? "problem.not-in-force" : "problem.no-item"), detail, Map.of());
    }
  }

  /** {@code {version, from, note}} of the next version after {@code date}, or null. */
  private static JsonNode upcoming(Call call, Catalogue c, String code, LocalDate date) {
    return c.upcoming(code, date).<JsonNode>map(next -> Json.mapper().createObjectNode().put("version", next.version())
        .put("from", next.validity().from().toString())
        .put("note", Guides.upcoming(c, code, date, call.language()).orElseThrow()))
        .orElse(Json.mapper().nullNode());
  }

  private void regions(Call call) throws IOException {
    int limit = RegionSearch.DEFAULT_LIMIT;
    Optional<String> rawLimit = call.param("limit");
    if (rawLimit.isPresent()) {
      try {
        limit = Integer.parseInt(rawLimit.get());
      } catch (NumberFormatException e) {
        limit = 0;
      }
      if (limit < 1 || limit > RegionSearch.MAX_LIMIT) {
        call.invalidParameter("limit", call.text("problem.invalid-parameter.limit", RegionSearch.MAX_LIMIT));
        return;
      }
    }
    Catalogue c = engine.catalogue();
    Searchable s = regions;
    if (s == null || s.catalogue() != c) {
      s = new Searchable(c, RegionSearch.of(c.regions()));
      regions = s;
    }
    call.json(200, RegionSearch.json(s.search().find(call.param("q").orElse(""), limit), call.language()));
  }

  /** The notice for the application in the body: a document as JSON, or printable HTML ({@code ?format=html} or {@code Accept: text/html}). */
  private void notice(Call call) throws IOException {
    Optional<String> format = call.param("format");
    if (format.isPresent() && !format.get().equals("json") && !format.get().equals("html")) {
      call.invalidParameter("format", call.text("problem.invalid-parameter.format"));
      return;
    }
    boolean html = format.map("html"::equals).orElseGet(() -> Call.wantsHtml(call.header("Accept").orElse(null)));
    Optional<Decided> decided = decide(call);
    if (decided.isEmpty()) {
      return;
    }
    Doc doc = Notices.notice(decided.get().catalogue(), decided.get().decision(), call.language());
    if (html) {
      call.header("Content-Security-Policy", NOTICE_POLICY);
      call.bytes(200, "text/html", doc.html(call.language()).getBytes(StandardCharsets.UTF_8));
    } else {
      call.json(200, doc.json());
    }
  }

  /** The decision on the application in the body, with the catalogue it was made on; empty after answering 400 or 413. */
  private Optional<Decided> decide(Call call) throws IOException {
    Optional<byte[]> bytes = call.body(MAX_BODY);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    Language lang = call.language();
    Application application;
    try {
      JsonNode body = FactsJson.object(bytes.get());
      application = FactsJson.application(body);
    } catch (FactsJson.InvalidJsonException e) {
      boolean whole = e.field().equals("body");
      String what = lang.pick(e.text().zh(), e.text().en());
      call.problem(400, whole ? "malformed" : "invalid-application", call.text(whole ? "problem.malformed" : "problem.invalid-application"),
          e.field() + ": " + what, Map.of(e.field(), what));
      return Optional.empty();
    }
    Catalogue before = engine.catalogue();
    Decision d;
    try {
      d = engine.decide(application);
    } catch (InvalidApplicationException e) {
      Map<String, String> fields = new LinkedHashMap<>();
      e.problems().forEach(p -> fields.put(p.field(), lang.pick(p.message().zh(), p.message().en())));
      call.problem(400, "invalid-application", call.text("problem.invalid-application"), String.join("; ", fields.values()), fields);
      return Optional.empty();
    }
    // a reload may land between deciding and reading the catalogue: take the one the decision names
    Catalogue after = engine.catalogue();
    Catalogue used = after.info().version().equals(d.catalogueVersion()) || !before.info().version().equals(d.catalogueVersion()) ? after : before;
    return Optional.of(new Decided(used, d));
  }

  private void reload(Call call) throws IOException {
    LoadResult result = source.get();
    if (engine.reload(result)) {
      loadedAt = Instant.now();
      call.json(200, Json.mapper().createObjectNode().put("reloaded", true).put("catalogueVersion", engine.catalogue().info().version()));
    } else {
      Map<String, String> fields = new LinkedHashMap<>();
      for (Problem p : result.errors()) {
        fields.put(p.location().toString() + " " + p.code().code(), call.language().pick(p.message().zh(), p.message().en()));
      }
      call.problem(422, "invalid-catalogue", call.text("problem.invalid-catalogue"),
          call.text("problem.invalid-catalogue.detail", engine.catalogue().info().version()), fields);
    }
  }
}
