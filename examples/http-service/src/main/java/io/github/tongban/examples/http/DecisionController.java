package io.github.tongban.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.report.CatalogueReport;
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
import io.github.tongban.spring.TongbanDecisions;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision service's JSON routes, on the catalogue the engine serves. Uses only tongban's public
 * API and its presentation layer: applications are read by {@link FactsJson} (the one conversion of
 * JSON input), answers written by {@link Json} and notices rendered by {@link Notices}.
 *
 * <p>Routes: {@code GET /items} and {@code GET /items/{code}} (the versions in force on {@code ?date=},
 * today by default), {@code GET /regions?q=} (regions and service points by name), {@code POST /decisions},
 * {@code POST /decisions/next-question}, {@code POST /notices} (the notice as a document in JSON, or as
 * printable HTML), {@code GET /report}. The language is {@code ?lang=} or {@code Accept-Language}
 * (Chinese by default). Enumerated values are spelled as in the decision (the Java constant names,
 * e.g. {@code ELIGIBLE}, {@code CITY}, {@code TOWNSHIP}) in every answer. Errors are RFC 9457
 * {@code application/problem+json}; no stack trace leaves the server.
 */
@RestController
public class DecisionController {
  /** The largest request body accepted. */
  public static final int MAX_BODY = 64 * 1024;

  /** The printable notice's policy: its inline style, nothing from anywhere, no script at all. */
  static final String NOTICE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final DecisionEngine engine;
  private final TongbanDecisions decisions;
  /** The region search of the catalogue in use, rebuilt when a reload changes the catalogue. */
  private volatile Searchable regions;

  private record Searchable(Catalogue catalogue, RegionSearch search) {}

  private record Decided(Catalogue catalogue, Decision decision) {}

  public DecisionController(TongbanDecisions decisions) {
    this.decisions = decisions;
    this.engine = decisions.engine();
  }

  private static LocalDate today() {
    return LocalDate.now(DecisionEngine.CITY_ZONE);
  }

  /** The items with a version in force on the date asked (today by default), with their common names and any upcoming version. */
  @GetMapping("/items")
  ResponseEntity<byte[]> items(HttpServletRequest request) {
    Call call = new Call(request);
    LocalDate date = call.date(today());
    Catalogue c = engine.catalogue();
    ArrayNode list = Json.mapper().createArrayNode();
    for (ServiceItem i : c.itemsInForce(date)) {
      ObjectNode n = list.addObject().put("code", i.code()).put("name", SafeText.line(i.name()));
      ArrayNode aliases = n.putArray("aliases");
      i.aliases().forEach(a -> aliases.add(SafeText.line(a)));
      n.put("department", SafeText.line(i.department())).put("scope", i.scope().name()).put("onlineLevel", i.onlineLevel().name())
          .put("version", i.version()).put("validFrom", i.validity().from().toString());
      n.set("upcoming", upcoming(call, c, i.code(), date));
    }
    return call.json(list);
  }

  /** The version of one item in force on the date asked, with any upcoming version. */
  @GetMapping("/items/{code}")
  ResponseEntity<byte[]> item(@PathVariable("code") String code, HttpServletRequest request) {
    Call call = new Call(request);
    LocalDate date = call.date(today());
    Catalogue c = engine.catalogue();
    Optional<ServiceItem> item = c.item(code, date);
    if (item.isEmpty()) {
      String detail = Guides.unavailable(c, code, date, call.language()).orElseThrow();
      boolean known = !c.versions(code).isEmpty();
      throw new ProblemException(404, known ? "not-in-force" : "not-found", call.text(known ? "problem.not-in-force" : "problem.no-item"),
          detail, Map.of());
    }
    ObjectNode n = Json.mapper().valueToTree(item.get());
    n.set("upcoming", upcoming(call, c, code, date));
    return call.json(n);
  }

  /** {@code {version, from, note}} of the next version after {@code date}, or null. */
  private static JsonNode upcoming(Call call, Catalogue c, String code, LocalDate date) {
    return c.upcoming(code, date).<JsonNode>map(next -> Json.mapper().createObjectNode().put("version", next.version())
        .put("from", next.validity().from().toString())
        .put("note", Guides.upcoming(c, code, date, call.language()).orElseThrow()))
        .orElse(Json.mapper().nullNode());
  }

  /** Regions and their service points by name, best first. */
  @GetMapping("/regions")
  ResponseEntity<byte[]> regions(HttpServletRequest request) {
    Call call = new Call(request);
    int limit = RegionSearch.DEFAULT_LIMIT;
    Optional<String> rawLimit = call.param("limit");
    if (rawLimit.isPresent()) {
      try {
        limit = Integer.parseInt(rawLimit.get());
      } catch (NumberFormatException e) {
        limit = 0;
      }
      if (limit < 1 || limit > RegionSearch.MAX_LIMIT) {
        throw call.invalidParameter("limit", call.text("problem.invalid-parameter.limit", RegionSearch.MAX_LIMIT));
      }
    }
    Catalogue c = engine.catalogue();
    Searchable s = regions;
    if (s == null || s.catalogue() != c) {
      s = new Searchable(c, RegionSearch.of(c.regions()));
      regions = s;
    }
    return call.json(RegionSearch.json(s.search().find(call.param("q").orElse(""), limit), call.language()));
  }

  /** The full decision on the application in the body. */
  @PostMapping(path = "/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> decision(HttpServletRequest request) {
    Call call = new Call(request);
    return call.fresh(Json.mapper().valueToTree(decide(call).decision()));
  }

  /** The status and the first question whose answer can change it. */
  @PostMapping(path = "/decisions/next-question", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> nextQuestion(HttpServletRequest request) {
    Call call = new Call(request);
    Decision d = decide(call).decision();
    ObjectNode out = Json.mapper().createObjectNode().put("status", d.status().name());
    out.set("nextQuestion", d.nextQuestions().isEmpty() ? null : Json.mapper().valueToTree(d.nextQuestions().get(0)));
    out.put("remaining", d.nextQuestions().size());
    return call.fresh(out);
  }

  /** The notice for the application in the body: a document as JSON, or printable HTML ({@code ?format=html} or {@code Accept: text/html}). */
  @PostMapping(path = "/notices", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> notice(HttpServletRequest request) {
    Call call = new Call(request);
    Optional<String> format = call.param("format");
    if (format.isPresent() && !format.get().equals("json") && !format.get().equals("html")) {
      throw call.invalidParameter("format", call.text("problem.invalid-parameter.format"));
    }
    boolean html = format.map("html"::equals).orElseGet(() -> Call.wantsHtml(call.header("Accept").orElse(null)));
    Decided decided = decide(call);
    Doc doc = Notices.notice(decided.catalogue(), decided.decision(), call.language());
    if (html) {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html; charset=utf-8")).cacheControl(CacheControl.noStore())
          .header("Content-Language", call.language().tag()).header("Content-Security-Policy", NOTICE_POLICY)
          .body(doc.html(call.language()).getBytes(StandardCharsets.UTF_8));
    }
    ResponseEntity<byte[]> json = call.fresh(doc.json());
    return ResponseEntity.ok().headers(json.getHeaders()).header("Content-Security-Policy", Hardening.API_POLICY).body(json.getBody());
  }

  /** The catalogue's published figures. */
  @GetMapping("/report")
  ResponseEntity<byte[]> report(HttpServletRequest request) {
    return new Call(request).json(Json.mapper().valueToTree(CatalogueReport.of(engine.catalogue())));
  }

  /** The decision on the application in the body, with the catalogue it was made on. */
  private Decided decide(Call call) {
    byte[] bytes = call.body(MAX_BODY);
    Language lang = call.language();
    Application application;
    try {
      JsonNode body = FactsJson.object(bytes);
      application = FactsJson.application(body);
    } catch (FactsJson.InvalidJsonException e) {
      boolean whole = e.field().equals("body");
      String what = lang.pick(e.text().zh(), e.text().en());
      throw new ProblemException(400, whole ? "malformed" : "invalid-application",
          call.text(whole ? "problem.malformed" : "problem.invalid-application"), e.field() + ": " + what, Map.of(e.field(), what));
    }
    Catalogue before = engine.catalogue();
    Decision d;
    try {
      d = decisions.decide(application);
    } catch (InvalidApplicationException e) {
      Map<String, String> fields = new LinkedHashMap<>();
      e.problems().forEach(p -> fields.put(p.field(), lang.pick(p.message().zh(), p.message().en())));
      throw new ProblemException(400, "invalid-application", call.text("problem.invalid-application"), String.join("; ", fields.values()),
          fields);
    }
    // a reload may land between deciding and reading the catalogue: take the one the decision names
    Catalogue after = engine.catalogue();
    Catalogue used = after.info().version().equals(d.catalogueVersion()) || !before.info().version().equals(d.catalogueVersion()) ? after : before;
    return new Decided(used, d);
  }
}
