package io.github.tongban.examples.http;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The decision service started in this JVM on a free loopback port, as {@code java -jar} would start it with {@code args}. */
final class RunningService implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private RunningService(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the service with these command-line arguments (e.g. {@code --catalogue DIR}, {@code --tongban.service.reload-token=…}). */
  static RunningService start(String... args) {
    List<String> all = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN", "--logging.level.com.networknt=ERROR"));
    all.addAll(List.of(ServiceApplication.arguments(args)));
    return new RunningService(new SpringApplicationBuilder(ServiceApplication.class).run(all.toArray(String[]::new)));
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
