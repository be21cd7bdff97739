package io.github.tongban.examples.http;

import io.github.tongban.catalog.SampleCatalogue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test (docs/performance.md): decisions per second over HTTP from two clients
 * for {@code SECONDS} seconds, first alone, then while four clients reload the catalogue in a loop.
 * Its name ends in neither Test nor Tests, so the build never runs it; run it with
 * {@code mvn -B -o -pl examples/http-service -am test -Dtest=ReloadThroughput -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReloadThroughput {
  static final int SECONDS = 20;
  static final String TOKEN = "measure-reload-token-0123456789";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void measure() throws Exception {
    Path folder = Files.createTempDirectory("tongban-measure-");
    SampleCatalogue.copyTo(folder);
    try (RunningService service = RunningService.start("--catalogue", folder.toString(), "--tongban.service.reload-token=" + TOKEN)) {
      run(service, 0, 5);
      double alone = run(service, 0, SECONDS);
      double reloading = run(service, 4, SECONDS);
      System.out.printf("decisions/s, 2 clients: %.0f alone, %.0f with 4 looping reloaders (%.1f× fewer)%n", alone, reloading, alone / reloading);
    }
  }

  static double run(RunningService service, int reloaders, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2 + reloaders);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger decided = new AtomicInteger();
    AtomicInteger reloads = new AtomicInteger();
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < reloaders; i++) {
      all.add(pool.submit(() -> {
        while (!stop.get()) {
          HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(service.url("/admin/reload"))).header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) {
            reloads.incrementAndGet();
          }
        }
        return null;
      }));
    }
    long start = System.nanoTime();
    for (int i = 0; i < 2; i++) {
      all.add(pool.submit(() -> {
        while (!stop.get()) {
          HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(service.url("/decisions"))).timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ReloadTokenTests.ELDERLY)).build(),
              HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() != 200) {
            throw new IllegalStateException("decision failed: " + r.body());
          }
          decided.incrementAndGet();
        }
        return null;
      }));
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    double elapsed = (System.nanoTime() - start) / 1e9;
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    System.out.printf("%d reloaders: %d decisions in %.1f s, %d reloads%n", reloaders, decided.get(), elapsed, reloads.get());
    return decided.get() / elapsed;
  }
}
