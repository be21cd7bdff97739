package io.github.tongban.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.WorkingCalendar;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command in both languages (issue 12 §4): with {@code --lang en} no Chinese is printed
 * except the catalogue's own content, and a Chinese run prints no English sentence. Catalogue
 * content is every string reachable from the loaded sample catalogue (names, departments,
 * materials, facts, regions, citations, parameters, scenarios, condition texts, notices, holidays)
 * and the names of its scenario tests; it is removed from the output before the check. Commands
 * whose output another branch is rewriting are checked through {@link OtherBranches}.
 */
class LanguageTests {
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+");
  /** Three or more words of ASCII letters in a row: an English phrase. */
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]+(?:[ ,;]+[A-Za-z]+){2,}");
  /** Codes, ids, options, paths, numbers, addresses and camelCase fact ids: not language. */
  private static final Pattern NOT_WORDS = Pattern.compile("[^\\s\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]*(?:[0-9./_=:@#<>\\[\\]{}\"%-]|[a-z][A-Z])[^\\s\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]*");

  @TempDir
  static Path dir;
  static List<String> catalogueText;

  @BeforeAll
  static void sample() throws IOException {
    Set<String> strings = new HashSet<>();
    Catalogue c = SampleCatalogue.load(CatalogueLoader.withDefaults()).orElseThrow();
    collect(List.of(c.info(), c.items(), c.facts(), c.parameters(), c.regions().regions(), c.calendar().holidays(),
        c.calendar().makeUpWorkdays()), strings);
    SampleCatalogue.tests().tests().forEach(t -> strings.add(t.name()));
    strings.removeIf(s -> s.isBlank());
    catalogueText = strings.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    CliTests.copySample(dir.resolve("old"));
    CliTests.copySample(dir.resolve("new"));
    Path item = dir.resolve("new/items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("promised: 5", "promised: 4"));
    Files.writeString(dir.resolve("residents.jsonl"), "{\"id\": \"r1\", \"age\": 85, \"householdRegion\": \"620302001001\"}\nnot json\n");
  }

  /** Every string in a catalogue value: records by their components, collections, maps and optionals by their elements. */
  private static void collect(Object value, Set<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(v, out));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> collect(v, out));
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        collect(k, out);
        collect(v, out);
      });
    } else if (value instanceof RegionTree t) {
      collect(t.regions(), out);
    } else if (value instanceof WorkingCalendar w) {
      collect(List.of(w.holidays(), w.makeUpWorkdays()), out);
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        try {
          collect(rc.getAccessor().invoke(value), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** One run of a command: its arguments (without {@code --lang}) and what it reads on standard input. */
  record Case(List<String> args, String input, boolean usageError) {
    Case(List<String> args, String input) {
      this(args, input, false);
    }

    /** The command whose output this is; usage errors are the command line's own, whatever the command. */
    String command() {
      return usageError ? "usage" : args.get(0).startsWith("-") ? "tongban" : args.get(0);
    }
  }

  static List<Case> commands() {
    String d = dir.toString();
    return List.of(
        new Case(List.of("decide", "--item", "620300-MZ-002", "--date", "2026-03-02", "--fact", "age=82"), ""),
        new Case(List.of("decide", "--item", "620300-MZ-001", "--date", "2026-03-02", "--at", "620302002", "--fact", "householdRegion=620302002003",
            "--fact", "householdType=城镇", "--fact", "monthlyIncomePerCapita=650", "--fact", "assetsWithinLimit=true", "--fact", "applicationKind=首次申请"), ""),
        new Case(List.of("ask", "--item", "620300-MZ-002", "--date", "2026-03-02"), "620302001001\n70\n"),
        new Case(List.of("notice", "--item", "620300-MZ-002", "--date", "2026-03-02", "--fact", "age=82", "--format", "md"), ""),
        new Case(List.of("notice", "--item", "620300-MZ-002", "--date", "2026-03-02", "--fact", "age=82", "--fact", "householdRegion=620302001001"), ""),
        new Case(List.of("guide", "--item", "620300-MZ-002"), ""),
        new Case(List.of("guide", "--item", "620300-MZ-002", "--format", "html"), ""),
        new Case(List.of("validate"), ""),
        new Case(List.of("test"), ""),
        new Case(List.of("list"), ""),
        new Case(List.of("report"), ""),
        new Case(List.of("report", "--format", "html"), ""),
        new Case(List.of("diff", d + "/old", d + "/new"), ""),
        new Case(List.of("screen", "--items", "620300-MZ-002", "--residents", d + "/residents.jsonl", "--date", "2026-03-02"), ""));
  }

  /** Usage errors: picocli's own (a missing option, an unknown option, a bad date, a repeated option) and a command's own. */
  static List<Case> usageErrors() {
    return List.of(
        new Case(List.of("decide"), "", true),
        new Case(List.of("validate", "--no-such-option"), "", true),
        new Case(List.of("decide", "--item", "620300-MZ-002", "--date", "2026-13-01"), "", true),
        new Case(List.of("validate", "--format", "xml"), "", true),
        new Case(List.of("test", "--json", "--json"), "", true),
        new Case(List.of("diff", "only-one-folder"), "", true),
        new Case(List.of("no-such-command"), "", true));
  }

  /** The usage help of every command, and of tongban itself. */
  static List<Case> help() {
    return Stream.concat(Stream.of(new Case(List.of("--help"), "", false)),
        Stream.of("decide", "ask", "notice", "guide", "validate", "test", "list", "report", "diff", "screen").map(c -> new Case(List.of(c, "--help"), "")))
        .toList();
  }

  @TestFactory
  Stream<DynamicTest> everyCommandSpeaksTheRunsLanguage() {
    return Stream.of(commands(), usageErrors(), help()).flatMap(List::stream).flatMap(c -> Stream.of("zh", "en").map(lang ->
        dynamicTest(String.join(" ", c.args()).replace(dir.toString(), "DIR") + " --lang " + lang
            + OtherBranches.rewriting(c.command()).map(b -> " [known failure, see OtherBranches]").orElse(""),
            () -> {
              List<String> args = new ArrayList<>(c.args());
              args.addAll(List.of("--lang", lang));
              CliTests.Run r = CliTests.runWithInput(c.input(), args.toArray(String[]::new));
              assertThat(r.exit()).as("%s%n%s", r.out(), r.err()).isNotEqualTo(ExitCodes.INTERNAL);
              assertThat(r.out() + r.err()).isNotBlank();
              String output = r.out() + "\n" + r.err();
              OtherBranches.check(c.command(), () -> {
                if (lang.equals("en")) {
                  assertNoChinese(output);
                } else {
                  assertNoEnglish(output);
                }
              });
            })));
  }

  @TestFactory
  Stream<DynamicTest> usageErrorsSayWhatIsWrongAndWhereHelpIs() {
    record Expect(List<String> args, String zh, String en) {}
    return Stream.of(
        new Expect(List.of("decide"), "缺少选项 --item CODE。", "Missing option --item CODE."),
        new Expect(List.of("validate", "--no-such-option"), "未知的选项:--no-such-option。", "Unknown option: --no-such-option."),
        new Expect(List.of("decide", "--item", "620300-MZ-002", "--date", "2026-13-01"), "--date 的值「2026-13-01」无效:日期须为 YYYY-MM-DD。",
            "Invalid value for --date: \"2026-13-01\". A date must be YYYY-MM-DD."),
        new Expect(List.of("validate", "--format", "xml"), "--format 须为 text、json、junit、sarif、github 之一,而不是「xml」。",
            "--format must be one of: text, json, junit, sarif, github; not \"xml\"."),
        new Expect(List.of("validate", "--json", "--json"), "选项 --json 只能给出一次。", "Option --json may be given only once."),
        new Expect(List.of("diff", "only-one-folder"), "缺少参数 NEW。", "Missing argument NEW."),
        new Expect(List.of("valdiate"), "未知的参数或命令:valdiate。是否想输入:validate、diff?", "Unknown argument or command: valdiate. Did you mean: validate, diff?"))
        .flatMap(e -> Stream.of(
            dynamicTest(String.join(" ", e.args()) + " --lang zh", () -> {
              List<String> args = new ArrayList<>(e.args());
              args.addAll(List.of("--lang", "zh"));
              CliTests.Run r = CliTests.run(args.toArray(String[]::new));
              assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
              String command = e.args().get(0).equals("valdiate") ? "tongban" : "tongban " + e.args().get(0);
              assertThat(r.err().lines()).containsExactly(e.zh(), "运行 " + command + " --help 查看用法。");
            }),
            dynamicTest(String.join(" ", e.args()) + " --lang=en", () -> {
              List<String> args = new ArrayList<>(e.args());
              args.add("--lang=en");
              CliTests.Run r = CliTests.run(args.toArray(String[]::new));
              assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
              String command = e.args().get(0).equals("valdiate") ? "tongban" : "tongban " + e.args().get(0);
              assertThat(r.err().lines()).containsExactly(e.en(), "Run " + command + " --help for usage.");
            })));
  }

  /** English output: once the catalogue's own text is taken out, no Chinese is left. */
  static void assertNoChinese(String output) {
    String rest = withoutCatalogueText(output);
    Matcher m = CJK.matcher(rest);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(context(rest, m.start(), m.end()));
    }
    assertThat(found).as("Chinese outside the catalogue's content in:%n%s", output).isEmpty();
  }

  /** Chinese output: once the catalogue's text, markup, codes, ids, options and paths are taken out, no English phrase is left. */
  static void assertNoEnglish(String output) {
    String rest = withoutCatalogueText(output)
        .replaceAll("(?s)<style>.*?</style>|<script>.*?</script>|<[^>]*>|&[a-z]+;", " ")
        .replaceAll("--[a-z-]+", " ");
    rest = NOT_WORDS.matcher(rest).replaceAll(" ");
    Matcher m = ENGLISH.matcher(rest);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(context(rest, m.start(), m.end()));
    }
    assertThat(found).as("English outside the catalogue's content in:%n%s", output).isEmpty();
  }

  private static String withoutCatalogueText(String output) {
    String rest = output;
    for (String s : catalogueText) {
      rest = rest.replace(s, " ");
    }
    return rest;
  }

  private static String context(String s, int start, int end) {
    return s.substring(Math.max(0, start - 20), Math.min(s.length(), end + 20)).replace('\n', '⏎');
  }
}
