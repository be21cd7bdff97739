package io.github.tongban.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service against a hostile or careless network: stalled clients, other Host names, other
 * methods and content types, unknown routes; and the headers every answer carries. The service
 * runs without a reload token, and with a 2-second connection timeout so that the test of stalled
 * connections also sees them dropped.
 */
class HardeningTests {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final String ELDERLY = "{\"item\": \"620300-MZ-002\", \"at\": \"620321001\", \"date\": \"2026-02-12\","
      + " \"facts\": {\"age\": 82, \"householdRegion\": \"620302001001\", \"agentApplies\": false}}";
  static RunningService service;

  @BeforeAll
  static void start() {
    service = RunningService.start("--server.tomcat.connection-timeout=2s");
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(service.url(path))).timeout(Duration.ofSeconds(30));
  }

  static RawHttp.Answer raw(String method, String path, String host, Map<String, String> headers, String body) throws IOException {
    return RawHttp.send(service.port(), RawHttp.request(method, path, host, headers, body));
  }

  static void isProblem(int status, HttpResponse<String> r) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    JsonNode p = JSON.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).startsWith("https://tongban.github.io/problems/");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\\tat ").doesNotContain("org.springframework").doesNotContain("trace");
  }

  @Test
  void fiftyStalledConnectionsDoNotDelayHealthAndAreDroppedAfterTheTimeout() throws Exception {
    send(request("/health").GET());
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), service.port());
        // half stop inside the headers, half inside a body they announced as longer
        String partial = i % 2 == 0 ? "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
            : "POST /decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"item\": ";
        s.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        stalled.add(s);
      }
      for (int i = 0; i < 3; i++) {
        long start = System.nanoTime();
        HttpResponse<String> health = send(request("/health").timeout(Duration.ofSeconds(1)).GET());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(millis).as("/health while 50 connections stall").isLessThan(1000);
      }
      HttpResponse<String> decision = send(request("/decisions").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
      assertThat(decision.statusCode()).as("decisions go on too").isEqualTo(200);

      int dropped = 0;
      for (Socket s : stalled) {
        s.setSoTimeout(15_000);
        try (InputStream in = s.getInputStream()) {
          // the server either closes at once or answers the unfinished body with 408, then closes
          String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 408"),
              a -> assertThat(a).startsWith("HTTP/1.1 400"));
          dropped++;
        } catch (SocketTimeoutException e) {
          // still open after 15 s: counted below
        }
      }
      assertThat(dropped).as("stalled connections dropped by the 2 s connection timeout").isEqualTo(50);
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
  }

  @Test
  void withoutATokenTheReloadRouteDoesNotExist() throws Exception {
    HttpResponse<String> r = send(request("/admin/reload").header("Content-Type", "application/json").header("Authorization", "Bearer x")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    isProblem(404, r);
    isProblem(404, send(request("/admin/reload").GET()));
  }

  @Test
  void aRequestForAnotherHostIsRefused() throws Exception {
    for (String host : List.of("evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example")) {
      RawHttp.Answer a = raw("GET", "/items", host, Map.of(), "");
      assertThat(a.status()).as(host).isEqualTo(421);
      assertThat(a.header("Content-Type")).startsWith("application/problem+json");
      assertThat(JSON.readTree(a.body()).get("type").asText()).endsWith("/misdirected");
    }
    assertThat(raw("POST", "/decisions", "rebound.example:" + service.port(), Map.of("Content-Type", "application/json"), ELDERLY).status())
        .as("DNS rebinding: the page's own name in Host").isEqualTo(421);
    for (String host : List.of("127.0.0.1:" + service.port(), "localhost:" + service.port(), "LOCALHOST", "[::1]:" + service.port())) {
      assertThat(raw("GET", "/health", host, Map.of(), "").status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndTheRightCaching() throws Exception {
    HttpResponse<String> page = send(request("/").GET());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'").contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-cache");
    String etag = page.headers().firstValue("ETag").orElseThrow();
    assertThat(send(request("/").header("If-None-Match", etag).GET()).statusCode()).as("revalidated by content").isEqualTo(304);
    for (String path : List.of("/items", "/health", "/openapi.json", "/clerk.js", "/nowhere")) {
      HttpResponse<String> r = send(request(path).GET());
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path).contains("frame-ancestors 'none'");
      assertThat(r.headers().firstValue("Cache-Control")).as(path).isPresent();
    }
    HttpResponse<String> decision = send(request("/decisions").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
    assertThat(decision.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(send(request("/health").GET()).headers().allValues("Cache-Control")).containsExactly("no-store");
    HttpResponse<String> html = send(request("/notices?format=html").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
    assertThat(html.headers().allValues("Content-Security-Policy")).hasSize(1).allSatisfy(p -> assertThat(p).contains("script-src 'none'")
        .contains("frame-ancestors 'none'"));
    assertThat(html.headers().allValues("Cache-Control")).containsExactly("no-store");
    HttpResponse<String> notice = send(request("/notices").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
    assertThat(notice.headers().allValues("Content-Security-Policy")).containsExactly(Hardening.API_POLICY);
  }

  @Test
  void headAnswersLikeGetWithoutABody() throws Exception {
    for (String path : List.of("/", "/items", "/health", "/openapi.json", "/clerk.js")) {
      HttpResponse<String> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertThat(head.statusCode()).as(path).isEqualTo(200);
      assertThat(head.body()).as(path).isEmpty();
      assertThat(head.headers().firstValue("Content-Type")).as(path).isPresent();
    }
  }

  @Test
  void aMethodARouteDoesNotTakeGets405WithAllow() throws Exception {
    HttpResponse<String> r = send(request("/decisions").GET());
    isProblem(405, r);
    assertThat(r.headers().firstValue("Allow").orElseThrow()).isEqualTo("POST");
    HttpResponse<String> items = send(request("/items").DELETE());
    isProblem(405, items);
    assertThat(items.headers().firstValue("Allow").orElseThrow()).contains("GET").contains("HEAD");
    HttpResponse<String> script = send(request("/clerk.js").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(script.statusCode()).isEqualTo(405);
    assertThat(script.headers().firstValue("Allow").orElseThrow()).contains("GET");
  }

  @Test
  void unknownRoutesAre404ProblemsWhateverTheMethod() throws Exception {
    isProblem(404, send(request("/nowhere").GET()));
    isProblem(404, send(request("/nowhere").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))));
    isProblem(404, send(request("/error").GET()));
    isProblem(404, send(request("/actuator").GET()));
    isProblem(404, send(request("/actuator/env").GET()));
    isProblem(404, send(request("/static/index.html").GET()));
  }

  @Test
  void aPostBodyMustBeJson() throws Exception {
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
      HttpResponse<String> r = send(request("/decisions").header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
      isProblem(415, r);
      assertThat(JSON.readTree(r.body()).get("errors").has("Content-Type")).isTrue();
    }
    RawHttp.Answer none = raw("POST", "/notices", "127.0.0.1", Map.of(), ELDERLY);
    assertThat(none.status()).as("no Content-Type at all").isEqualTo(415);
    HttpResponse<String> english = send(request("/decisions?lang=en").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(ELDERLY)));
    assertThat(JSON.readTree(english.body()).get("title").asText()).isEqualTo("Unsupported content type");
  }

  @Test
  void whatTomcatRefusesIsAProblemTooAndNeverATrace() throws Exception {
    RawHttp.Answer huge = raw("GET", "/items", "127.0.0.1", Map.of("X-Big", "x".repeat(20_000)), "");
    assertThat(huge.status()).as("a header over server.max-http-request-header-size").isEqualTo(400);
    assertThat(huge.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("Tomcat");
    assertThat(huge.header("Content-Type")).as("a problem even from Tomcat itself").startsWith("application/problem+json");
    assertThat(JSON.readTree(huge.body()).get("status").asInt()).isEqualTo(400);
    RawHttp.Answer big = raw("POST", "/decisions", "127.0.0.1", Map.of("Content-Type", "application/json"),
        "{\"item\": \"" + "x".repeat(DecisionController.MAX_BODY) + "\"}");
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.header("Content-Type")).startsWith("application/problem+json");
  }
}
