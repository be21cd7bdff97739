package io.github.tongban.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tongban.core.Fixtures;
import io.github.tongban.core.validation.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the catalogue loader: any bytes as an item file of the otherwise valid base fixture catalogue. The
 * loader must never throw, must return a catalogue exactly when it reports no error, and must
 * locate every problem inside the catalogue. In the normal build this replays the saved inputs
 * under src/test/resources/io/github/tongban/core/load/LoaderFuzzTestsInputs/; see
 * docs/security.md for running a campaign.
 */
class LoaderFuzzTests {
  private static final Path FOLDER = copyOfBase();

  private static Path copyOfBase() {
    try {
      Path dir = Files.createTempDirectory("tongban-fuzz-");
      Fixtures.copyBase(dir);
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
