package io.github.tongban.core.load;

import io.github.tongban.core.internal.FileKind;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.bind.ScenarioReader;
import io.github.tongban.core.internal.schema.SchemaChecker;
import io.github.tongban.core.internal.yaml.StrictYamlReader;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.scenario.ScenarioTest;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the scenario tests under a catalogue folder's {@code tests/}, as strictly as the
 * catalogue itself: strict YAML, the tests schema, and real dates, each problem located.
 */
public final class ScenarioTestLoader {
  private final LoadLimits limits;

  private ScenarioTestLoader(LoadLimits limits) {
    this.limits = limits;
  }

  /** A loader with {@link LoadLimits#DEFAULTS}. */
  public static ScenarioTestLoader withDefaults() {
    return new ScenarioTestLoader(LoadLimits.DEFAULTS);
  }

  /** Reads every {@code tests/**.yaml} of the catalogue folder {@code folder}. */
  public ScenarioSuite load(Path folder) {
    Problems problems = new Problems(limits.maxProblems());
    List<ScenarioTest> tests = new ArrayList<>();
    Path dir = CatalogueLoader.realFolder(folder).resolve("tests");
    if (!Files.isDirectory(dir)) {
      return new ScenarioSuite(List.of(), List.of());
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.ya?ml"))
          .sorted().limit(limits.maxFiles()).toList();
    } catch (IOException | RuntimeException e) {
      problems.add(ProblemCode.CATALOGUE_UNREADABLE_FILE, SourceLocation.ofFile("tests/"), String.valueOf(e.getMessage()));
      return new ScenarioSuite(List.of(), problems.toList());
    }
    StrictYamlReader reader = new StrictYamlReader(limits);
    for (Path path : files) {
      String file = folder.relativize(path).toString().replace('\\', '/');
      byte[] bytes;
      try {
        if (Files.size(path) > limits.maxFileBytes()) {
          problems.add(ProblemCode.YAML_FILE_TOO_LARGE, SourceLocation.ofFile(file), Files.size(path), limits.maxFileBytes());
          continue;
        }
        bytes = Files.readAllBytes(path);
      } catch (IOException e) {
        problems.add(ProblemCode.CATALOGUE_UNREADABLE_FILE, SourceLocation.ofFile(file), String.valueOf(e.getMessage()));
        continue;
      }
      reader.read(file, bytes, problems)
          .filter(doc -> SchemaChecker.instance().check(FileKind.TESTS, doc, problems, limits.maxProblemsPerFile()))
          .ifPresent(doc -> ScenarioReader.read(doc, problems, tests));
    }
    return new ScenarioSuite(problems.hasErrors() ? List.of() : tests, problems.toList());
  }

  /** For symmetry with {@link CatalogueLoader#limits()}. */
  public LoadLimits limits() {
    return limits;
  }

}
