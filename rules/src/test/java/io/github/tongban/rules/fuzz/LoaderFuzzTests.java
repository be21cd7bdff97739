package io.github.tongban.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Fuzzes the catalogue loader: any bytes as an item file of an otherwise valid catalogue. The
 * loader must never throw, must return a catalogue exactly when it reports no error, and must
 * locate every problem inside the catalogue. In the normal build this replays the saved inputs
 * under src/test/resources/io/github/tongban/rules/fuzz/LoaderFuzzTestsInputs/; see
 * docs/security.md for running a campaign.
 */
class LoaderFuzzTests {
  private static final Path FOLDER = copyOfSample();

  private static Path copyOfSample() {
    try {
      Path dir = Files.createTempDirectory("tongban-fuzz-");
      Path sample = Path.of("..", "catalog", "sample");
      try (Stream<Path> walk = Files.walk(sample)) {
        for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("tests")).toList()) {
          Path t = dir.resolve(sample.relativize(p).toString());
          Files.createDirectories(t.getParent());
          Files.copy(p, t);
        }
      }
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void anyBytesAsAnItemFile(byte[] data) throws IOException {
    Files.write(FOLDER.resolve("items/fuzz.yaml"), data);
    LoadResult result = CatalogueLoader.withDefaults().load(FOLDER);
    assertThat(result.catalogue().isPresent()).isEqualTo(result.errors().isEmpty());
    for (Problem p : result.problems()) {
      assertThat(p.location().file()).doesNotStartWith("/").doesNotContain("..");
      assertThat(p.location().line()).isNotNegative();
      assertThat(p.message().zh()).isNotBlank();
    }
  }
}
