package io.github.tongban.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 12's done-when for text that attacks its reader: a catalogue whose item name, condition
 * text and scenario test name hold a forged GitHub annotation ({@code \n::error file=x,line=1::forged}),
 * ANSI colours, an OSC 8 hyperlink, a bidi override and an old-style {@code ##[error]} command
 * produces no output line that a terminal or a CI runner would act on, from {@code test},
 * {@code list}, {@code decide} and {@code validate} in every format. Each case runs as the tests
 * run commands (the command's own neutralising) and as {@code tongban} runs them (behind the
 * {@link Terminal} guard).
 */
class HostileCatalogueTests {
  static final String HOSTILE = "\"甲\\n::error file=x,line=1::forged \\e[31mred\\e[0m \\e]8;;https://evil.example/\\e\\\\link\\e]8;;\\e\\\\ abc ##[error]old \\uFFFF\\x01\\x85\\u2028end\"";

  @TempDir
  static Path dir;

  @BeforeAll
  static void hostileCopyOfTheSample() throws IOException {
    CliTests.copySample(dir);
    Path item = dir.resolve("items/620300-MZ-001.yaml");
    Files.writeString(item, Files.readString(item).replace("\nname: 最低生活保障审核确认\n", "\nname: " + HOSTILE + "\n")
        .replace("text: 持有本市户籍", "text: " + HOSTILE));
    Path tests = dir.resolve("tests/620300-MZ-001.test.yaml");
    Files.writeString(tests, Files.readString(tests) + "  - name: " + HOSTILE + "\n    date: 2026-03-02\n"
        + "    facts: {householdRegion: \"620302002003\", householdType: 城镇, monthlyIncomePerCapita: 650, assetsWithinLimit: true, applicationKind: 首次申请}\n"
        + "    expect:\n      status: eligible\n      reasonMentions: [没有这个原因]\n");
  }

  /** Every format once (the language changes no neutralising), and the text format in English too. */
  static List<List<String>> cases() {
    String d = dir.toString();
    List<List<String>> cases = new ArrayList<>();
    for (String format : List.of("text", "json", "junit", "sarif", "github")) {
      cases.add(List.of("validate", d, "--format", format));
    }
    cases.add(List.of("validate", d, "--lang", "en"));
    for (String format : List.of("text", "json", "junit", "github")) {
      cases.add(List.of("test", d, "--today", "2026-03-02", "--format", format));
    }
    cases.add(List.of("test", d, "--today", "2026-03-02", "--lang", "en", "--junit", dir.resolve("junit.xml").toString()));
    cases.add(List.of("list", "--catalogue", d));
    cases.add(List.of("list", "--catalogue", d, "--json"));
    List<String> decide = List.of("decide", "--catalogue", d, "--item", "620300-MZ-001", "--date", "2026-03-02",
        "--at", "620302002", "--fact", "householdRegion=620302002003", "--fact", "householdType=城镇");
    cases.add(decide);
    cases.add(Stream.concat(decide.stream(), Stream.of("--json")).toList());
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> noOutputLineIsACommandToATerminalOrACiRunner() {
    return cases().stream().map(args -> dynamicTest(String.join(" ", args).replace(dir.toString(), "DIR") + marker(args.get(0)),
        () -> OtherBranches.check(args.get(0), () -> assertHarmless(run(args, false), args))));
  }

  /** As {@code tongban} runs them, even commands that print catalogue text raw write nothing harmful. */
  @TestFactory
  Stream<DynamicTest> theTerminalGuardStopsWhatACommandLetsThrough() {
    return cases().stream().filter(args -> args.get(0).equals("list") || args.get(0).equals("decide") || args.contains("--lang"))
        .map(args -> dynamicTest(String.join(" ", args).replace(dir.toString(), "DIR"), () -> assertHarmless(run(args, true), args)));
  }

  /** The hostile text does reach the output, neutralised; JUnit XML, to standard output or to a file, parses whatever it holds. */
  @TestFactory
  Stream<DynamicTest> theHostileTextArrivesNeutralisedAndJunitXmlParses() {
    String d = dir.toString();
    Path file = dir.resolve("tests-junit.xml");
    return Stream.of(
        dynamicTest("validate --format junit", () -> assertThat(parse(CliTests.run("validate", d, "--format", "junit").out())
            .getDocumentElement().getAttribute("failures")).isEqualTo("0")),
        dynamicTest("test --junit FILE", () -> {
          CliTests.Run r = CliTests.run("test", d, "--today", "2026-03-02", "--junit", file.toString());
          assertThat(r.out()).contains("失败 甲 ::error file=x,line=1::forged red link abc #\u200B#[error]old \uFFFD  end");
          org.w3c.dom.Document doc = parse(Files.readString(file));
          // the hostile test fails, and so does a sample test that expects the condition text as it was
          assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
          var cases = doc.getElementsByTagName("testcase");
          List<String> names = java.util.stream.IntStream.range(0, cases.getLength())
              .mapToObj(i -> ((org.w3c.dom.Element) cases.item(i)).getAttribute("name")).toList();
          assertThat(names).anyMatch(n -> n.endsWith("甲 ::error file=x,line=1::forged red link abc #\u200B#[error]old \uFFFD  end"));
        }));
  }

  static org.w3c.dom.Document parse(String xml) throws Exception {
    return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String marker(String command) {
    return OtherBranches.rewriting(command).map(b -> " [known failure, see OtherBranches]").orElse("");
  }

  static String run(List<String> args, boolean guarded) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = TongbanCommand.commandLine(new ByteArrayInputStream(new byte[0]));
    cmd.setOut(guarded ? new Terminal(new PrintWriter(out)) : new PrintWriter(out));
    cmd.setErr(guarded ? new Terminal(new PrintWriter(err)) : new PrintWriter(err));
    cmd.execute(args.toArray(String[]::new));
    StringBuilder all = new StringBuilder(out.toString()).append('\n').append(err);
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--junit")) {
        all.append('\n').append(Files.readString(Path.of(args.get(i + 1)), StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  static void assertHarmless(String output, List<String> args) {
    assertThat(output.lines()).as("%s wrote:%n%s", args, output)
        .noneMatch(l -> l.startsWith("::error file=x"))
        .noneMatch(l -> l.strip().startsWith("::error file=x"))
        .noneMatch(l -> l.contains("##[error]"))
        .noneMatch(l -> l.contains("\u001B"))
        .noneMatch(l -> l.contains("\u009B") || l.contains("\u009D"))
        .noneMatch(l -> l.contains("\u202E"));
  }
}
