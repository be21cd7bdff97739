package io.github.tongban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the commands thin: a command handles its arguments and exit codes, and everything it
 * shows comes from the presentation layer (module present), so that every front end shows the
 * same. A command that grows past {@value #LIMIT} lines has started rendering again.
 */
class CommandSizeTests {
  static final int LIMIT = 120;

  @Test
  void everyCommandIsUnderTheLimitBecauseRenderingLivesInThePresentationLayer() throws IOException {
    Map<String, Integer> sizes = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/github/tongban/cli"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith("Command.java")).toList()) {
        sizes.put(f.getFileName().toString(), Files.readAllLines(f).size());
      }
    }
    assertThat(sizes).as("the commands").containsKeys("DecideCommand.java", "NoticeCommand.java", "ScreenCommand.java");
    List<String> tooLong = sizes.entrySet().stream().filter(e -> e.getValue() >= LIMIT).map(e -> e.getKey() + " " + e.getValue()).toList();
    assertThat(tooLong).as("commands of %d lines or more", LIMIT).isEmpty();
  }
}
