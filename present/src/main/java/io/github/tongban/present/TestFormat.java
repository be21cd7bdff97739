package io.github.tongban.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.scenario.ScenarioTest;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.rules.ScenarioRunner;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The forms in which the outcomes of a catalogue's scenario tests are written: text for people
 * (the failures, then {@code N passed, N failed}), JSON for programs, JUnit XML and GitHub
 * annotations for CI systems. Test names and failures carry catalogue text; every piece of it is
 * neutralised ({@link SafeText}).
 */
public enum TestFormat {
  TEXT, JSON, JUNIT, GITHUB;

  private static final Texts TEXTS = ProblemFormat.TEXTS;

  /** The format's name on a command line: {@code text}, {@code json}, {@code junit} or {@code github}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format called {@code id}, in any case. */
  public static Optional<TestFormat> of(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The names of every format, listed as {@code language} lists them: {@code text, json, …} or {@code text、json、…}. */
  public static String ids(Language language) {
    return Arrays.stream(values()).map(TestFormat::id).collect(Collectors.joining(language.pick("、", ", ")));
  }

  /**
   * The outcomes, ending with a line break. JUnit and GitHub name test files under {@code folder}
   * (as given) so that CI tools find them; text and JSON name them relative to the catalogue folder.
   */
  public String render(List<ScenarioRunner.Outcome> outcomes, Optional<Path> folder, Language language) {
    return switch (this) {
      case TEXT -> text(outcomes, language);
      case JSON -> ProblemFormat.write(json(outcomes));
      case JUNIT -> junit(outcomes, folder);
      case GITHUB -> github(outcomes, folder, language);
    };
  }

  /** {@code N passed, N failed}, in {@code language}. */
  public static String summary(List<ScenarioRunner.Outcome> outcomes, Language language) {
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    return TEXTS.get(language, "test.summary", String.valueOf(outcomes.size() - failed), String.valueOf(failed));
  }

  /** Why no test was run: the catalogue's errors and the test files' problems, one line each, and a last line saying so. */
  public static String notRun(List<Problem> problems, Language language) {
    StringBuilder out = new StringBuilder();
    problems.forEach(p -> out.append(ProblemFormat.line(p, language)).append('\n'));
    return out.append(TEXTS.get(language, "test.not-run")).append('\n').toString();
  }

  /**
   * Why no test was run, in this format, ending with a line break: the catalogue's errors and the test
   * files' problems. JUnit XML has one failed test case carrying them (at the first one's file and line),
   * so a CI report step always finds a report; JSON lists them with {@code "loaded": false}; GitHub
   * annotates each; text is {@link #notRun(List, Language)}. Files are named as in {@link #render}.
   */
  public String renderNotRun(List<Problem> problems, Optional<Path> folder, Language language) {
    LoadResult failed = new LoadResult(Optional.empty(), problems);
    return switch (this) {
      case TEXT -> notRun(problems, language);
      case JSON -> ProblemFormat.write(ProblemFormat.json(failed).put("loaded", false).put("passed", 0).put("failed", 0));
      case JUNIT -> junitNotRun(problems, folder, language);
      case GITHUB -> ProblemFormat.GITHUB.render(failed, folder, language) + TEXTS.get(language, "test.not-run") + "\n";
    };
  }

  private static String junitNotRun(List<Problem> problems, Optional<Path> folder, Language language) {
    StringBuilder detail = new StringBuilder();
    for (Problem p : problems) {
      String file = ProblemFormat.path(folder, p.location().file());
      String where = p.location().line() > 0 ? file + ":" + p.location().line() + ":" + p.location().column() : file;
      detail.append(where).append(": ").append(ProblemFormat.severity(p, language)).append(' ').append(p.code().code()).append(": ")
          .append(ProblemFormat.text(p.message(), language)).append(' ').append(ProblemFormat.text(p.hint(), language)).append('\n');
    }
    Optional<Problem> first = problems.stream().filter(Problem::isError).findFirst().or(() -> problems.stream().findFirst());
    String file = first.map(p -> ProblemFormat.path(folder, p.location().file())).orElse("");
    long errors = problems.stream().filter(Problem::isError).count();
    return new JunitXml("tongban test").fail("catalogue", TEXTS.get(language, "test.not-loaded"), file, first.map(p -> p.location().line()).orElse(0),
        TEXTS.get(language, "test.not-loaded.summary", String.valueOf(errors)), Optional.empty(), detail.toString()).toString();
  }

  private static String text(List<ScenarioRunner.Outcome> outcomes, Language language) {
    StringBuilder out = new StringBuilder();
    for (ScenarioRunner.Outcome o : outcomes) {
      if (!o.passed()) {
        out.append(TEXTS.get(language, "test.failed", SafeText.line(o.test().where()), SafeText.line(o.test().name()))).append('\n');
        o.failures().forEach(f -> out.append("    ").append(SafeText.line(f)).append('\n'));
      }
    }
    return out.append(summary(outcomes, language)).append('\n').toString();
  }

  private static ObjectNode json(List<ScenarioRunner.Outcome> outcomes) {
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    ObjectNode root = Json.mapper().createObjectNode().put("passed", outcomes.size() - failed).put("failed", failed);
    ArrayNode results = root.putArray("results");
    for (ScenarioRunner.Outcome o : outcomes) {
      ScenarioTest t = o.test();
      ObjectNode n = results.addObject().put("file", SafeText.line(t.file())).put("line", t.line()).put("item", SafeText.line(t.item()))
          .put("name", SafeText.line(t.name())).put("passed", o.passed());
      ArrayNode failures = n.putArray("failures");
      o.failures().forEach(f -> failures.add(SafeText.line(f)));
    }
    return root;
  }

  private static String junit(List<ScenarioRunner.Outcome> outcomes, Optional<Path> folder) {
    JunitXml xml = new JunitXml("tongban test");
    for (ScenarioRunner.Outcome o : outcomes) {
      String file = ProblemFormat.path(folder, o.test().file());
      String name = file + ":" + o.test().line() + " " + o.test().name();
      if (o.passed()) {
        xml.pass(file, name, file, o.test().line(), Optional.empty());
      } else {
        List<String> failures = o.failures().stream().map(SafeText::line).toList();
        xml.fail(file, name, file, o.test().line(), failures.get(0), Optional.empty(), String.join("\n", failures));
      }
    }
    return xml.toString();
  }

  private static String github(List<ScenarioRunner.Outcome> outcomes, Optional<Path> folder, Language language) {
    StringBuilder out = new StringBuilder();
    for (ScenarioRunner.Outcome o : outcomes) {
      if (!o.passed()) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("file", ProblemFormat.path(folder, o.test().file()));
        props.put("line", String.valueOf(o.test().line()));
        props.put("title", o.test().name());
        String failures = o.failures().stream().map(SafeText::line).collect(Collectors.joining("\n"));
        out.append(WorkflowCommands.annotation("error", props, failures)).append('\n');
      }
    }
    return out.append(summary(outcomes, language)).append('\n').toString();
  }
}
