package io.github.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.validation.ProblemCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The authoring guide lists every problem code, so that policy staff can look any of them up. */
class AuthoringGuideTests {
  @Test
  void theGuideListsEveryProblemCode() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "authoring.md"));
    assertThat(Stream.of(ProblemCode.values()).map(c -> "`" + c.code() + "`")).allMatch(guide::contains);
  }
}
