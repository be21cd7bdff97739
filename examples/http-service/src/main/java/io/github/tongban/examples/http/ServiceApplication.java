package io.github.tongban.examples.http;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The decision service: a Spring Boot web application on tongban-spring-boot-starter, serving the
 * window clerk's page and the JSON routes ({@code /openapi.json} describes them). Started by
 * {@code ./tongban serve [--port N] [--catalogue DIR]}, or {@code java -jar} on the executable jar
 * with any Spring Boot property ({@code --server.address=…}, {@code --tongban.service.reload-token=…}).
 * Listens on 127.0.0.1:8080 by default; see README.md for binding it to a service hall's LAN.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServiceProperties.class)
public class ServiceApplication {
  public static void main(String[] args) {
    SpringApplication.run(ServiceApplication.class, arguments(args));
  }

  /** The command line with the short options of {@code tongban serve} spelled as the properties they set. */
  static String[] arguments(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      boolean valued = i + 1 < args.length;
      if (a.equals("--port") && valued) {
        out.add("--server.port=" + args[++i]);
      } else if (a.equals("--catalogue") && valued) {
        out.add("--tongban.catalogue.path=" + args[++i]);
      } else if (a.startsWith("--port=")) {
        out.add("--server.port=" + a.substring("--port=".length()));
      } else if (a.startsWith("--catalogue=")) {
        out.add("--tongban.catalogue.path=" + a.substring("--catalogue=".length()));
      } else {
        out.add(a);
      }
    }
    return out.toArray(String[]::new);
  }
}
