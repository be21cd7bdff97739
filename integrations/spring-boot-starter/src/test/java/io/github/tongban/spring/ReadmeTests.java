package io.github.tongban.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.yaml.snakeyaml.Yaml;

/** The README's application.yml for the starter works as written (its folder replaced by a copy of the sample). */
class ReadmeTests {
  private static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path temp;

  @Test
  void theReadmesApplicationYmlStartsAWatchedCatalogue() throws IOException {
    for (Path doc : List.of(Path.of("../../README.md"), Path.of("../../docs/spring-boot.md"))) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      String section = doc.endsWith("README.md") ? text.substring(text.indexOf("## Spring Boot")) : text;
      assertThat(section).contains("<artifactId>tongban-spring-boot-starter</artifactId>");
      Matcher yaml = YAML.matcher(section);
      assertThat(yaml.find()).as("a yaml block in " + doc).isTrue();
      assertThat(yaml.group(1).lines()).as("five lines").hasSize(5);
      List<String> properties = new ArrayList<>();
      flatten("", new Yaml().load(yaml.group(1)), properties);
      assertThat(properties).containsExactly("tongban.catalogue.path=/srv/tongban/catalogue", "tongban.reload.watch=true");

      Path folder = TestCatalogues.smallCopy(temp.resolve(doc.getFileName().toString()));
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TongbanAutoConfiguration.class))
          .withPropertyValues(properties.stream().map(p -> p.replace("/srv/tongban/catalogue", folder.toString())).toArray(String[]::new))
          .run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ServedCatalogue.class).source().folder()).contains(folder);
            assertThat(context.getBean(CatalogueWatcher.class).isRunning()).isTrue();
          });
    }
  }

  private static void flatten(String prefix, Object node, List<String> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, out));
    } else {
      out.add(prefix + "=" + node);
    }
  }
}
