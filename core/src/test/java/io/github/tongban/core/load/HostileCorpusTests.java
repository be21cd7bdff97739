package io.github.tongban.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.tongban.core.Fixtures;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The hostile-input corpus (src/test/resources/hostile, described by its index.yaml): each file
 * replaces one file of the valid base catalogue, and is either refused with a located problem of
 * the expected kind, or accepted with its text kept as inert data. Each must be handled within a
 * second (after one warm-up load), without any exception escaping.
 */
class HostileCorpusTests {
  private static final Path CORPUS = Fixtures.root().getParent().resolve("hostile");
  static final String[] PAYLOADS = {"\"", "\\", "//", ") eval(true)", "${jndi:ldap://127.0.0.1/x}", "#{1+1}",
      "<script>alert(1)</script>", "'; DROP TABLE items; --", "\u0000"};

  @BeforeAll
  static void warmUp() {
    CatalogueLoader.withDefaults().load(Fixtures.base());
  }

  @SuppressWarnings("unchecked")
  @TestFactory
  Stream<DynamicTest> everyHostileInputIsRefusedOrInert() throws IOException {
    List<Map<String, Object>> index;
    try (InputStream in = Files.newInputStream(CORPUS.resolve("index.yaml"))) {
      index = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    assertThat(index).as("a corpus of 40 or more hostile files").hasSizeGreaterThanOrEqualTo(40);
    return index.stream().map(e -> DynamicTest.dynamicTest(e.get("file") + ": " + e.get("about"), () -> {
      Path work = Files.createTempDirectory("tongban-hostile-");
      try {
        Fixtures.copyBase(work);
        String target = (String) e.get("target");
        Files.copy(CORPUS.resolve((String) e.get("file")), work.resolve(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadLimits limits = LoadLimits.DEFAULTS;
        Map<String, Object> l = (Map<String, Object>) e.get("limits");
        if (l != null && l.containsKey("maxNodesPerFile")) {
          limits = new LoadLimits(limits.maxFileBytes(), limits.maxFiles(), limits.maxDepth(), (Integer) l.get("maxNodesPerFile"),
              limits.maxStringLength(), limits.maxProblemsPerFile(), limits.maxConditionDepth(), limits.maxConditionLeaves(), limits.maxProblems());
        }
        CatalogueLoader loader = CatalogueLoader.withLimits(limits);
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> loader.load(work), "handled, not hanging (a guard, not a timing)");
        if ("accepted".equals(e.get("outcome"))) {
          assertThat(result.errors()).as("accepted as inert data").isEmpty();
          ServiceItem item = result.orElseThrow().item("T-001").orElseThrow();
          if ("payload".equals(e.get("check"))) {
            String payload = PAYLOADS[Integer.parseInt(((String) e.get("file")).replaceAll("\\D", ""))];
            assertThat(item.name()).isEqualTo("测试" + payload);
            assertThat(item.conditions().orElseThrow().toString()).contains("本市户籍" + payload);
            assertThat(item.material("form").orElseThrow().name()).isEqualTo("申请表" + payload);
            assertThat(item.local().get("620302").authorityName()).contains("甲区民政局" + payload);
            assertThat(item.legalBases().get(0).title()).isEqualTo("《办法》" + payload);
          } else if (e.get("check") instanceof String check && check.startsWith("name=")) {
            assertThat(item.name()).isEqualTo(check.substring(5));
          }
          return;
        }
        assertThat(result.catalogue()).as("refused, never half-loaded").isEmpty();
        assertThat(result.errors()).isNotEmpty();
        for (Problem p : result.problems()) {
          assertThat(p.location().file()).as("every problem is located").isNotBlank();
        }
        if (e.get("code") != null) {
          assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.code().code()).isEqualTo(e.get("code"));
            assertThat(p.location().file()).isEqualTo(target);
            if (e.get("line") != null) {
              assertThat(p.location().line()).isEqualTo(e.get("line"));
            }
          });
        }
      } finally {
        BrokenFixtureTests.deleteTree(work);
      }
    }));
  }
}
