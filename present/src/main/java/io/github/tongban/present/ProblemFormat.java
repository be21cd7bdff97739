package io.github.tongban.present;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The forms in which a catalogue's problems are written: text for people, JSON for programs, and
 * JUnit XML, SARIF 2.1.0 and GitHub annotations for CI systems. Every catalogue text and file name
 * in them is neutralised ({@link SafeText}), so none of them can forge a line, a CI command or an
 * XML element.
 */
public enum ProblemFormat {
  TEXT, JSON, JUNIT, SARIF, GITHUB;

  static final Texts TEXTS = Texts.of("formats");

  /** The format's name on a command line: {@code text}, {@code json}, {@code junit}, {@code sarif} or {@code github}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format called {@code id}, in any case. */
  public static Optional<ProblemFormat> of(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The names of every format, listed as {@code language} lists them: {@code text, json, …} or {@code text、json、…}. */
  public static String ids(Language language) {
    return Arrays.stream(values()).map(ProblemFormat::id).collect(Collectors.joining(language.pick("、", ", ")));
  }

  /**
   * The problems of {@code result}, ending with a line break. JUnit, SARIF and GitHub name files
   * under {@code folder} (as given) so that CI tools find them; text and JSON name them relative
   * to the catalogue folder, as the problems do.
   */
  public String render(LoadResult result, Optional<Path> folder, Language language) {
    return switch (this) {
      case TEXT -> text(result, folder, language);
      case JSON -> write(json(result));
      case JUNIT -> junit(result, folder, language);
      case SARIF -> write(Sarif.of(result, folder, language));
      case GITHUB -> github(result, folder, language);
    };
  }

  /** One problem on one line: {@code file:line:column: severity code: message}, neutralised. */
  public static String line(Problem p, Language language) {
    return SafeText.line(TEXTS.get(language, "problem.line", p.location().toString(), severity(p, language), p.code().code(),
        p.message().in(language.locale())));
  }

  /** The errors that keep a catalogue from loading, one line each, and what to run to see every problem. */
  public static String refusal(List<Problem> errors, Language language) {
    StringBuilder out = new StringBuilder();
    errors.forEach(p -> out.append(line(p, language)).append('\n'));
    return out.append(TEXTS.get(language, "catalogue.broken")).append('\n').toString();
  }

  static String severity(Problem p, Language language) {
    return TEXTS.get(language, p.isError() ? "severity.error" : "severity.warning");
  }

  /** {@code file} under {@code folder}, with forward slashes, neutralised. */
  static String path(Optional<Path> folder, String file) {
    return SafeText.line(folder.map(f -> f.resolve(file).normalize().toString().replace('\\', '/')).orElse(file));
  }

  static String text(LocalizedText text, Language language) {
    return SafeText.line(text.in(language.locale()));
  }

  static String write(JsonNode node) {
    try {
      return Json.pretty().writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(LoadResult result, Optional<Path> folder, Language language) {
    StringBuilder out = new StringBuilder();
    for (Problem p : result.problems()) {
      out.append(line(p, language)).append("\n    ").append(TEXTS.get(language, "problem.hint", text(p.hint(), language))).append('\n');
    }
    String name = result.catalogue().map(c -> c.info().name() + " " + c.info().version())
        .or(() -> folder.map(Path::toString)).orElseGet(() -> TEXTS.get(language, "problem.sample"));
    String state = result.catalogue().map(c -> TEXTS.get(language, "problem.loaded", String.valueOf(c.items().size())))
        .orElseGet(() -> TEXTS.get(language, "problem.not-loaded"));
    return out.append(TEXTS.get(language, "problem.summary", SafeText.line(name), state,
        String.valueOf(result.errors().size()), String.valueOf(result.warnings().size()))).append('\n').toString();
  }

  static ObjectNode json(LoadResult result) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("valid", result.isValid());
    result.catalogue().ifPresent(c -> root.put("catalogue", SafeText.line(c.info().name()))
        .put("version", SafeText.line(c.info().version())).put("items", c.items().size()));
    root.put("errors", result.errors().size()).put("warnings", result.warnings().size());
    ArrayNode problems = root.putArray("problems");
    for (Problem p : result.problems()) {
      ObjectNode n = problems.addObject().put("severity", p.severity().name().toLowerCase(Locale.ROOT)).put("code", p.code().code())
          .put("file", SafeText.line(p.location().file())).put("line", p.location().line()).put("column", p.location().column())
          .put("pointer", SafeText.line(p.location().pointer()));
      n.putObject("message").put("zh", text(p.message(), Language.ZH)).put("en", text(p.message(), Language.EN));
      n.putObject("hint").put("zh", text(p.hint(), Language.ZH)).put("en", text(p.hint(), Language.EN));
    }
    return root;
  }

  private static String junit(LoadResult result, Optional<Path> folder, Language language) {
    JunitXml xml = new JunitXml("tongban validate");
    if (result.problems().isEmpty()) {
      xml.pass("catalogue", TEXTS.get(language, "problem.valid"), "", 0, Optional.empty());
    }
    for (Problem p : result.problems()) {
      String file = path(folder, p.location().file());
      String where = p.location().line() > 0 ? file + ":" + p.location().line() + ":" + p.location().column() : file;
      String message = text(p.message(), language) + " " + text(p.hint(), language);
      if (p.isError()) {
        xml.fail(file, where + " " + p.code().code(), file, p.location().line(), text(p.message(), language), Optional.of(p.code().code()),
            where + ": " + message);
      } else {
        xml.pass(file, where + " " + p.code().code(), file, p.location().line(),
            Optional.of(TEXTS.get(language, "problem.junit.warning", where, message)));
      }
    }
    return xml.toString();
  }

  private static String github(LoadResult result, Optional<Path> folder, Language language) {
    StringBuilder out = new StringBuilder();
    for (Problem p : result.problems()) {
      Map<String, String> props = new LinkedHashMap<>();
      props.put("file", path(folder, p.location().file()));
      if (p.location().line() > 0) {
        props.put("line", String.valueOf(p.location().line()));
        props.put("col", String.valueOf(p.location().column()));
      }
      props.put("title", p.code().code());
      out.append(WorkflowCommands.annotation(p.isError() ? "error" : "warning", props,
          text(p.message(), language) + " " + text(p.hint(), language))).append('\n');
    }
    return out.toString();
  }
}
