package io.github.tongban.examples.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /admin/reload} with a token set: it needs the bearer token (401 without it or with
 * another, compared in constant time), a JSON body (415), a Host the service answers for (421);
 * reloads run one at a time, and decisions go on while four clients reload in a loop. (Without a
 * token the route does not exist: {@link HardeningTests#withoutATokenTheReloadRouteDoesNotExist}.)
 */
class ReloadTokenTests {
  static final String TOKEN = "3f9c2a7d1e8b4c6a9d0e2f4b6c8a1d3e";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final String ELDERLY = "{\"item\": \"620300-MZ-002\", \"at\": \"620321001\", \"date\": \"2026-02-12\","
      + " \"facts\": {\"age\": 82, \"householdRegion\": \"620302001001\", \"agentApplies\": false}}";
  static Path folder;
  static RunningService service;

  @BeforeAll
  static void start() throws Exception {
    folder = Files.createTempDirectory("tongban-reload-");
    io.github.tongban.catalog.SampleCatalogue.copyTo(folder);
    service = RunningService.start("--catalogue", folder.toString(), "--tongban.service.reload-token=" + TOKEN);
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  static HttpResponse<String> reload(String type, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(service.url("/admin/reload"))).timeout(Duration.ofSeconds(60))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("{}"));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theRightTokenReloads() throws Exception {
    HttpResponse<String> r = reload("application/json", "Bearer " + TOKEN);
    assertThat(r.statusCode()).as(r.body()).isIn(200, 409);
    if (r.statusCode() == 200) {
      assertThat(JSON.readTree(r.body()).get("catalogueVersion").asText()).isEqualTo("2026.11-sample");
      assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    }
    assertThat(reload("application/json", "bearer " + TOKEN).statusCode()).as("the scheme is case-insensitive").isIn(200, 409);
  }

  @Test
  void noTokenOrAnotherTokenGets401() throws Exception {
    for (String authorization : new String[] {null, "Bearer", "Bearer ", "Bearer " + TOKEN.substring(1), "Bearer " + TOKEN + "0",
        "Basic " + TOKEN, TOKEN, "Bearer " + TOKEN.toUpperCase(java.util.Locale.ROOT)}) {
      HttpResponse<String> r = reload("application/json", authorization);
      assertThat(r.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
      assertThat(JSON.readTree(r.body()).get("type").asText()).endsWith("/unauthorized");
    }
  }

  @Test
  void aReloadMustBeJsonAndForThisHost() throws Exception {
    assertThat(reload("text/plain", "Bearer " + TOKEN).statusCode()).isEqualTo(415);
    assertThat(reload("application/x-www-form-urlencoded", "Bearer " + TOKEN).statusCode()).as("a cross-site form post").isEqualTo(415);
    RawHttp.Answer rebound = RawHttp.send(service.port(), RawHttp.request("POST", "/admin/reload", "attacker.example:" + service.port(),
        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + TOKEN), "{}"));
    assertThat(rebound.status()).as("DNS rebinding").isEqualTo(421);
  }

  @Test
  void aTokenIsComparedWhole() {
    ServiceProperties properties = new ServiceProperties();
    properties.setReloadToken(TOKEN);
    ReloadController controller = new ReloadController(null, properties);
    assertThat(controller.authorised("Bearer " + TOKEN)).isTrue();
    assertThat(controller.authorised("Bearer  " + TOKEN + " ")).isTrue();
    assertThat(controller.authorised("Bearer " + TOKEN.substring(0, 16))).isFalse();
    assertThat(controller.authorised("Bearer " + TOKEN + TOKEN)).isFalse();
    assertThat(controller.authorised("Token " + TOKEN)).isFalse();
    assertThat(controller.authorised(null)).isFalse();
    properties.setReloadToken("short");
    assertThatThrownBy(() -> new ReloadController(null, properties)).hasMessageContaining("at least 16 characters");
  }

  @Test
  void fourLoopingReloadersDoNotStopDecisions() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger reloads = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    try {
      List<Future<?>> reloaders = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        reloaders.add(pool.submit(() -> {
          while (!stop.get()) {
            HttpResponse<String> r = reload("application/json", "Bearer " + TOKEN);
            assertThat(r.statusCode()).as(r.body()).isIn(200, 409);
            (r.statusCode() == 200 ? reloads : busy).incrementAndGet();
          }
          return null;
        }));
      }
      List<Future<Integer>> clients = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        clients.add(pool.submit(() -> {
          int ok = 0;
          for (int i = 0; i < 40; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(service.url("/decisions"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ELDERLY)).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode d = JSON.readTree(r.body());
            assertThat(d.get("status").asText()).isEqualTo("ELIGIBLE");
            ok++;
          }
          return ok;
        }));
      }
      for (Future<Integer> c : clients) {
        assertThat(c.get(5, TimeUnit.MINUTES)).isEqualTo(40);
      }
      stop.set(true);
      for (Future<?> r : reloaders) {
        r.get(2, TimeUnit.MINUTES);
      }
      assertThat(reloads.get()).as("reloads ran meanwhile").isPositive();
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }
}
