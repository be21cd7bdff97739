package io.github.tongban.examples.http;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Starts the decision service on loopback: {@code [--port N] [--catalogue DIR]} (default 8080 and
 * the bundled sample). {@code POST /admin/reload} reads the same folder again.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    // the JDK server delays small responses on kept-alive connections by ~40 ms (Nagle) unless told not to
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int port = 8080;
    Path folder = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--catalogue" -> folder = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path dir = folder;
    Supplier<LoadResult> source = dir == null ? () -> SampleCatalogue.load(CatalogueLoader.withDefaults())
        : () -> CatalogueLoader.withDefaults().load(dir);
    DecisionService service = DecisionService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), source);
    System.out.println("tongban decision service on http://127.0.0.1:" + service.port() + "/ (the clerk's page; GET /items, GET /regions?q=, POST /decisions, POST /notices, GET /openapi.json)");
    Runtime.getRuntime().addShutdownHook(new Thread(service::close));
  }
}
