package io.github.tongban.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
  static final String TOKEN = "test-reload-token-0123456789";
  static Path folder;
  static RunningService service;
  static JsonNode openapi;
  static Schemas schemas;

  record Reply(int status, String type, JsonNode body) {}

  @BeforeAll
  static void start() throws Exception {
    folder = Files.createTempDirectory("tongban-http-");
    io.github.tongban.catalog.SampleCatalogue.copyTo(folder);
    // a second version of 高龄津贴申领, published ahead of the day it comes into force
    Path elderly = folder.resolve("items/620300-MZ-002.yaml");
    String item = Files.readString(elderly);
    Files.writeString(elderly, item.replace("  from: 2025-01-01", "  from: 2025-01-01\n  to: 2026-06-30"));
    Files.writeString(folder.resolve("items/620300-MZ-002-2026h2.yaml"), item.replace("  from: 2025-01-01", "  from: 2026-07-01")
        .replace("version: \"2026.1\"", "version: \"2026.2\"").replace("promised: 5", "promised: 3"));
    service = RunningService.start("--catalogue", folder.toString(), "--tongban.service.reload-token=" + TOKEN);
    HttpResponse<String> document = raw(request("/openapi.json").GET());
    openapi = JSON.readTree(document.body());
    schemas = new Schemas(document.body());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = raw(b);
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
  }

  static HttpResponse<String> raw(HttpRequest.Builder b) throws IOException, InterruptedException {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path));
  }

  static Reply get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  static Reply post(String path, String body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The response validates against its schema in the served OpenAPI document. */
  static void conforms(Reply r, String schema) {
    assertThat(schemas.errors(r.body(), schema)).as("%s: %s", schema, r.body()).isEmpty();
  }

  static Reply reload() throws IOException, InterruptedException {
    return send(request("/admin/reload").header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
  }

  @Test
  void healthItemsAndReportFollowTheDocument() throws Exception {
    Reply health = get("/health");
    assertThat(health.status()).isEqualTo(200);
    conforms(health, "Health");
    assertThat(health.body().at("/components/tongban/details/catalogueVersion").asText()).isEqualTo("2026.11-sample");
    Reply items = get("/items?date=2026-03-02");
    assertThat(items.body().size()).isEqualTo(61);
    for (Iterator<JsonNode> it = items.body().elements(); it.hasNext(); ) {
      conforms(new Reply(200, items.type(), it.next()), "ItemSummary");
    }
    Reply item = get("/items/620300-MZ-002?date=2026-03-02");
    conforms(item, "Item");
    assertThat(item.body().get("name").asText()).isEqualTo("高龄津贴申领");
    conforms(get("/report"), "Report");
    assertThat(openapi.get("paths").size()).isEqualTo(10);
    assertThat(openapi.get("openapi").asText()).isEqualTo("3.1.0");
  }

  static JsonNode summary(Reply items, String code) {
    for (JsonNode i : items.body()) {
      if (i.get("code").asText().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no item " + code + " in " + items.body());
  }

  @Test
  void theItemRoutesShowTheVersionInForceOnTheDateAndFlagTheUpcomingOne() throws Exception {
    JsonNode before = summary(get("/items?date=2026-03-02"), "620300-MZ-002");
    assertThat(before.get("version").asText()).isEqualTo("2026.1");
    assertThat(before.get("upcoming").get("version").asText()).isEqualTo("2026.2");
    assertThat(before.get("upcoming").get("from").asText()).isEqualTo("2026-07-01");
    assertThat(before.get("upcoming").get("note").asText()).isEqualTo("自 2026-07-01 起施行新版本 2026.2");
    assertThat(summary(get("/items?date=2026-03-02&lang=en"), "620300-MZ-002").get("upcoming").get("note").asText())
        .isEqualTo("New version 2026.2 in force from 2026-07-01");
    JsonNode after = summary(get("/items?date=2026-07-01"), "620300-MZ-002");
    assertThat(after.get("version").asText()).isEqualTo("2026.2");
    assertThat(after.get("upcoming").isNull()).isTrue();
    assertThat(summary(get("/items?date=2026-03-02"), "620300-MZ-001").get("upcoming").isNull()).isTrue();

    Reply inForce = get("/items/620300-MZ-002?date=2026-06-30");
    assertThat(inForce.body().get("version").asText()).isEqualTo("2026.1");
    assertThat(inForce.body().get("timeLimit").get("promised").asInt()).isEqualTo(5);
    assertThat(inForce.body().get("upcoming").get("version").asText()).isEqualTo("2026.2");
    Reply next = get("/items/620300-MZ-002?date=2026-07-01");
    assertThat(next.body().get("timeLimit").get("promised").asInt()).isEqualTo(3);
    assertThat(next.body().get("upcoming").isNull()).isTrue();

    assertThat(get("/items?date=2024-12-31").body()).as("nothing of the sample is in force yet").isEmpty();
    Reply notYet = get("/items/620300-MZ-002?date=2024-12-31");
    assertThat(notYet.status()).isEqualTo(404);
    assertThat(notYet.body().get("type").asText()).endsWith("/not-in-force");
    assertThat(notYet.body().get("detail").asText()).isEqualTo("事项 620300-MZ-002 在 2024-12-31 尚未施行:版本 2026.1 自 2025-01-01 起施行。");
    Reply badDate = get("/items?date=2026-02-30");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body().get("errors").has("date")).isTrue();
    assertThat(get("/items/620300-MZ-002?date=tomorrow").status()).isEqualTo(400);
    assertThat(get("/items").body().size()).as("today, in the city's time zone").isEqualTo(
        get("/items?date=" + java.time.LocalDate.now(io.github.tongban.rules.DecisionEngine.CITY_ZONE)).body().size());
  }

  @Test
  void theItemsCarryTheirCommonNamesForSearch() throws Exception {
    Reply items = get("/items?date=2026-03-02");
    assertThat(summary(items, "620300-MZ-001").get("aliases")).extracting(JsonNode::asText).containsExactly("低保");
    assertThat(summary(items, "620300-SB-001").get("aliases")).extracting(JsonNode::asText).contains("社保卡");
    assertThat(summary(items, "620300-YL-002").get("aliases")).extracting(JsonNode::asText).contains("养老金");
    assertThat(summary(items, "620300-NY-001").get("aliases")).as("an item without common names has an empty list").isEmpty();
    assertThat(get("/items/620300-MZ-001?date=2026-03-02").body().get("aliases")).extracting(JsonNode::asText).containsExactly("低保");
  }

  @Test
  void regionsAreFoundByNameWithTheirPathAndBounded() throws Exception {
    Reply found = get("/regions?q=" + java.net.URLEncoder.encode("城关", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(found.status()).isEqualTo(200);
    conforms(found, "RegionMatches");
    assertThat(found.body().get("total").asInt()).isEqualTo(12);
    JsonNode town = found.body().get("regions").get(0);
    conforms(new Reply(200, found.type(), town), "RegionMatch");
    assertThat(town.get("code").asText()).isEqualTo("620321001");
    assertThat(town.get("servicePoint").asText()).isEqualTo("城关镇便民服务中心");
    assertThat(town.get("level").asText()).as("spelled as in the item and the decision").isEqualTo("TOWNSHIP");
    assertThat(town.get("levelName").asText()).isEqualTo("乡级");
    assertThat(town.get("pathText").asText()).isEqualTo("永昌县 › 城关镇");

    Reply village = get("/regions?q=" + java.net.URLEncoder.encode("金川 滨河路第1社区", java.nio.charset.StandardCharsets.UTF_8) + "&lang=en");
    assertThat(village.body().get("regions")).hasSize(1);
    assertThat(village.body().get("regions").get(0).get("pathText").asText()).isEqualTo("金川区 › 滨河路街道 › 滨河路第1社区");
    assertThat(village.body().get("regions").get(0).get("levelName").asText()).isEqualTo("village level");

    Reply many = get("/regions?q=%E7%A4%BE%E5%8C%BA");
    assertThat(many.body().get("regions")).as("20 by default").hasSize(20);
    assertThat(many.body().get("total").asInt()).isGreaterThan(20);
    assertThat(get("/regions?q=%E7%A4%BE%E5%8C%BA&limit=3").body().get("regions")).hasSize(3);
    assertThat(get("/regions?q=620321001004").body().get("regions").get(0).get("name").asText()).isEqualTo("城关第4村");
    for (String limit : List.of("0", "101", "many")) {
      Reply bad = get("/regions?q=x&limit=" + limit);
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.body().get("errors").has("limit")).isTrue();
    }
    assertThat(post("/regions", "{}").status()).isEqualTo(405);
  }

  @Test
  void theNoticeComesAsADocumentOrAsPrintableHtml() throws Exception {
    Reply doc = post("/notices", ELDERLY);
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.type()).startsWith("application/json");
    conforms(doc, "NoticeDocument");
    assertThat(doc.body().get("title").asText()).contains("高龄津贴申领");
    assertThat(doc.body().toString()).contains("居民身份证").contains("STRIKE");
    for (JsonNode b : doc.body().get("blocks")) {
      assertThat(b.get("type").asText()).isIn("heading", "paragraph", "list", "table");
    }

    HttpResponse<String> html = raw(request("/notices?format=html").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
    assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("高龄津贴申领").contains("<del>居民身份证</del>");
    HttpResponse<String> asked = raw(request("/notices?lang=en").header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
    assertThat(asked.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(asked.body()).contains("<html lang=\"en\">");
    assertThat(asked.headers().firstValue("Content-Language")).contains("en");
    HttpResponse<String> english = raw(request("/notices?format=html").header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
    assertThat(english.body()).contains("<html lang=\"en\">");
    Reply jsonAsked = send(request("/notices").header("Accept", "application/json, text/html;q=0.5")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
    assertThat(jsonAsked.type()).startsWith("application/json");

    Reply badFormat = post("/notices?format=pdf", ELDERLY);
    assertThat(badFormat.status()).isEqualTo(400);
    assertThat(badFormat.body().get("errors").has("format")).isTrue();
    Reply invalid = post("/notices", "{\"item\": \"620300-MZ-002\", \"facts\": {\"agee\": 1}}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().get("errors").has("agee")).isTrue();
    assertThat(get("/notices").status()).isEqualTo(405);
  }

  @Test
  void problemsAreWordedInTheLanguageAsked() throws Exception {
    assertThat(get("/nowhere").body().get("title").asText()).isEqualTo("没有这个地址");
    assertThat(send(request("/nowhere").header("Accept-Language", "en-US,en;q=0.8").GET()).body().get("title").asText()).isEqualTo("Not found");
    assertThat(get("/nowhere?lang=en").body().get("title").asText()).isEqualTo("Not found");
    assertThat(send(request("/nowhere?lang=zh").header("Accept-Language", "en").GET()).body().get("title").asText())
        .as("lang wins over Accept-Language").isEqualTo("没有这个地址");
    Reply unknown = post("/decisions?lang=en", "{\"item\": \"620300-MZ-002\", \"facts\": {\"agee\": 1}}");
    assertThat(unknown.body().get("title").asText()).isEqualTo("Invalid application");
    assertThat(unknown.body().get("errors").get("agee").asText()).doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  void thePageRunsNoInlineScriptAndBuildsTheNoticeWithTextNodesOnly() throws Exception {
    HttpResponse<String> page = raw(request("/").GET());
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(page.body()).doesNotContainPattern("(?i)<script>|\\son[a-z]+\\s*=").contains("<script src=\"/clerk.js\"");
    HttpResponse<String> script = raw(request("/clerk.js").GET());
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
    assertThat(script.body()).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write").doesNotContain("eval(");
    assertThat(script.body()).as("the page keeps no copy of the notice's wording")
        .doesNotContain("可容缺").doesNotContain("免提交").doesNotContain("办结").doesNotContain("工作日").doesNotContain("属地受理")
        .doesNotContain("异地代收代办").doesNotContain("全程网办").doesNotContain("原件").doesNotContain("复印件").doesNotContain("办理机关");
    assertThat(raw(request("/clerk.css").GET()).headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
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
    Reply big = post("/decisions", "{\"item\": \"" + "x".repeat(DecisionController.MAX_BODY) + "\"}");
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
      Reply reloaded = reload();
      assertThat(reloaded.status()).isEqualTo(200);
      conforms(reloaded, "Reloaded");
      Files.writeString(info, original.replace("version: 2026.11-sample", "version: [broken"));
      Reply refused = reload();
      assertThat(refused.status()).isEqualTo(422);
      conforms(refused, "Problem");
      Reply health = get("/health");
      assertThat(health.status()).as("the previous catalogue still serves every request").isEqualTo(200);
      conforms(health, "Health");
      assertThat(health.body().at("/components/tongban/details/catalogueVersion").asText()).as("the old catalogue keeps serving")
          .isEqualTo("2026.12-sample");
      assertThat(health.body().get("status").asText()).as("the failed reload shows").isEqualTo("RELOAD_FAILED");
      assertThat(health.body().at("/components/tongban/details/lastReload/outcome").asText()).isEqualTo("refused");
      assertThat(health.body().at("/components/tongban/details/lastReload/problems").toString()).contains("catalogue.yaml");
      for (Future<Integer> c : clients) {
        assertThat(c.get(2, TimeUnit.MINUTES)).isEqualTo(50);
      }
    } finally {
      Files.writeString(info, original);
      reload();
      pool.shutdownNow();
    }
  }
}
