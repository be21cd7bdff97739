package io.github.tongban.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tongban.core.load.CatalogueLoader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every route over real HTTP on a free loopback port, checked against the served OpenAPI document. */
class DecisionServiceTests {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String ELDERLY = "{\"item\": \"620300-MZ-002\", \"at\": \"620321001\", \"date\": \"2026-02-12\","
      + " \"facts\": {\"age\": 82, \"householdRegion\": \"620302001001\", \"agentApplies\": false}}";
  static Path folder;
  static DecisionService service;
  static JsonNode openapi;

  record Reply(int status, String type, JsonNode body) {}

  @BeforeAll
  static void start() throws Exception {
    folder = Files.createTempDirectory("tongban-http-");
    io.github.tongban.catalog.SampleCatalogue.copyTo(folder);
    service = DecisionService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        () -> CatalogueLoader.withDefaults().load(folder));
    openapi = get("/openapi.json").body();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
  }

  static Reply get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path)).GET());
  }

  static Reply post(String path, String body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The response carries every property the OpenAPI document requires of it. */
  static void conforms(Reply r, String schema) {
    JsonNode s = openapi.get("components").get("schemas").get(schema);
    for (JsonNode required : s.path("required")) {
      assertThat(r.body().has(required.asText())).as("%s has %s", schema, required.asText()).isTrue();
    }
  }

  @Test
  void healthItemsAndReportFollowTheDocument() throws Exception {
    Reply health = get("/health");
    assertThat(health.status()).isEqualTo(200);
    conforms(health, "Health");
    assertThat(health.body().get("catalogueVersion").asText()).isEqualTo("2026.11-sample");
    Reply items = get("/items");
    assertThat(items.body().size()).isEqualTo(61);
    for (Iterator<JsonNode> it = items.body().elements(); it.hasNext(); ) {
      JsonNode i = it.next();
      assertThat(i.has("code") && i.has("name") && i.has("scope") && i.has("onlineLevel")).isTrue();
    }
    Reply item = get("/items/620300-MZ-002");
    conforms(item, "Item");
    assertThat(item.body().get("name").asText()).isEqualTo("高龄津贴申领");
    conforms(get("/report"), "Report");
    assertThat(openapi.get("paths").size()).isEqualTo(8);
  }

  @Test
  void aDecisionAndTheNextQuestion() throws Exception {
    Reply d = post("/decisions", ELDERLY);
    assertThat(d.status()).isEqualTo(200);
    conforms(d, "Decision");
    assertThat(d.body().get("status").asText()).isEqualTo("ELIGIBLE");
    assertThat(d.body().get("acceptance").get("mode").asText()).isEqualTo("PROXY");
    assertThat(d.body().get("timing").get("promisedDue").asText()).isEqualTo("2026-02-26");
    Reply settled = post("/decisions", "{\"item\": \"620300-MZ-002\", \"at\": \"620302001\", \"date\": \"2026-03-02\", "
        + "\"facts\": {\"age\": 85, \"householdRegion\": \"620302001001\"}}");
    assertThat(settled.body().get("status").asText()).as("who applies changes nothing about eligibility").isEqualTo("ELIGIBLE");
    assertThat(settled.body().get("nextQuestions")).isEmpty();
    assertThat(settled.body().get("followUpQuestions").get(0).get("fact").asText()).isEqualTo("agentApplies");
    Reply elsewhere = post("/decisions", "{\"item\": \"620300-MZ-002\", \"facts\": {\"age\": 85, \"householdRegion\": \"110101001001\"}}");
    assertThat(elsewhere.status()).as("a household outside the city is decided, not refused as input").isEqualTo(200);
    assertThat(elsewhere.body().get("status").asText()).isEqualTo("INELIGIBLE");
    Reply q = post("/decisions/next-question", "{\"item\": \"620300-MZ-001\", \"at\": \"620302001\", \"facts\": {\"householdRegion\": \"620302001001\"}}");
    conforms(q, "NextQuestion");
    assertThat(q.body().get("nextQuestion").get("fact").asText()).isEqualTo("householdType");
    assertThat(q.body().get("remaining").asInt()).as("householdType, income, assets: the kind of application changes nothing").isEqualTo(3);
  }

  @Test
  void badInputGetsAProblemNamingTheField() throws Exception {
    Reply unknown = post("/decisions", "{\"item\": \"620300-MZ-002\", \"facts\": {\"agee\": 1, \"age\": \"old\"}}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.type()).startsWith("application/problem+json");
    conforms(unknown, "Problem");
    assertThat(unknown.body().get("errors").has("agee")).isTrue();
    assertThat(unknown.body().get("errors").has("age")).isTrue();
    assertThat(post("/decisions", "{not json").status()).isEqualTo(400);
    assertThat(post("/decisions", "[]").body().get("errors").has("body")).isTrue();
    assertThat(post("/decisions", "{\"facts\": {}}").body().get("errors").has("item")).isTrue();
    assertThat(post("/decisions", "{\"item\": \"620300-MZ-002\", \"date\": \"2026-02-30\"}").body().get("errors").has("date")).isTrue();
    assertThat(post("/decisions", "{\"item\": \"620300-MZ-002\", \"facts\": {\"age\": [1]}}").body().get("errors").has("age")).isTrue();
    Reply big = post("/decisions", "{\"item\": \"" + "x".repeat(DecisionService.MAX_BODY) + "\"}");
    assertThat(big.status()).isEqualTo(413);
    assertThat(get("/nowhere").status()).isEqualTo(404);
    assertThat(get("/items/NOPE").status()).isEqualTo(404);
    assertThat(get("/decisions").status()).isEqualTo(405);
    for (Reply r : List.of(unknown, big, get("/nowhere"))) {
      assertThat(r.body().toString()).doesNotContain("Exception").doesNotContain("\\tat ");
    }
  }

  @Test
  void reloadIsAtomicAndAnInvalidCatalogueIsRefusedWhileDecisionsGoOn() throws Exception {
    Path info = folder.resolve("catalogue.yaml");
    String original = Files.readString(info);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> clients = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        clients.add(pool.submit(() -> {
          int ok = 0;
          for (int i = 0; i < 50; i++) {
            Reply r = post("/decisions", ELDERLY);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body().get("catalogueVersion").asText()).isIn("2026.11-sample", "2026.12-sample");
            ok++;
          }
          return ok;
        }));
      }
      Files.writeString(info, original.replace("version: 2026.11-sample", "version: 2026.12-sample"));
      Reply reloaded = post("/admin/reload", "{}");
      assertThat(reloaded.status()).isEqualTo(200);
      conforms(reloaded, "Reloaded");
      Files.writeString(info, original.replace("version: 2026.11-sample", "version: [broken"));
      Reply refused = post("/admin/reload", "{}");
      assertThat(refused.status()).isEqualTo(422);
      conforms(refused, "Problem");
      assertThat(get("/health").body().get("catalogueVersion").asText()).as("the old catalogue keeps serving").isEqualTo("2026.12-sample");
      for (Future<Integer> c : clients) {
        assertThat(c.get(2, TimeUnit.MINUTES)).isEqualTo(50);
      }
    } finally {
      Files.writeString(info, original);
      post("/admin/reload", "{}");
      pool.shutdownNow();
    }
  }
}
