package io.github.tongban.cli;

import io.github.tongban.present.Xml;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.ScenarioRunner;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongban test [DIR]}: runs the catalogue's YAML scenario tests. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run the scenario tests under DIR/tests (default: the bundled sample) and print 'N passed, N failed'.")
final class TestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The catalogue folder.")
  Path folder;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
  Path junit;

  @Option(names = "--today", paramLabel = "DATE", description = "The date of tests that name none (default: today).")
  LocalDate today;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    folder = folder != null ? folder : common.catalogue;
    LoadResult catalogue = common.load(folder);
    ScenarioSuite suite = folder == null ? SampleCatalogue.tests() : ScenarioTestLoader.withDefaults().load(folder);
    List<Problem> problems = new java.util.ArrayList<>(catalogue.errors());
    problems.addAll(suite.problems());
    if (!catalogue.isValid() || !suite.isValid()) {
      problems.forEach(p -> out.println(p.format(common.lang.locale())));
      out.println(common.lang.pick("事项目录或测试文件有错误,未运行测试。", "The catalogue or the test files have errors; no test was run."));
      out.flush();
      return ExitCodes.FAILURE;
    }
    ScenarioRunner runner = new ScenarioRunner(DecisionEngine.of(catalogue.orElseThrow()),
        today == null ? LocalDate.now(DecisionEngine.CITY_ZONE) : today, common.lang.locale());
    List<ScenarioRunner.Outcome> outcomes = runner.run(suite.tests());
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    if (junit != null) {
      writeJunit(junit, outcomes);
    }
    if (common.json) {
      var root = ValidateCommand.Json.MAPPER.createObjectNode().put("passed", outcomes.size() - failed).put("failed", failed);
      var results = root.putArray("results");
      for (ScenarioRunner.Outcome o : outcomes) {
        var n = results.addObject().put("file", o.test().file()).put("line", o.test().line()).put("item", o.test().item())
            .put("name", o.test().name()).put("passed", o.passed());
        o.failures().forEach(n.putArray("failures")::add);
      }
      out.println(ValidateCommand.Json.MAPPER.writeValueAsString(root));
      out.flush();
      return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
    for (ScenarioRunner.Outcome o : outcomes) {
      if (!o.passed()) {
        out.printf("%s: %s %s%n", o.test().where(), common.lang.pick("失败", "FAILED"), o.test().name());
        o.failures().forEach(f -> out.println("    " + f));
      }
    }
    out.printf("%d passed, %d failed%n", outcomes.size() - failed, failed);
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private static void writeJunit(Path file, List<ScenarioRunner.Outcome> outcomes) throws java.io.IOException {
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      w.write("<testsuite name=\"tongban scenario tests\" tests=\"" + outcomes.size() + "\" failures=\"" + failed + "\" errors=\"0\" skipped=\"0\">\n");
      for (ScenarioRunner.Outcome o : outcomes) {
        w.write("  <testcase classname=\"" + Xml.escape(o.test().file()) + "\" name=\"" + Xml.escape(o.test().where() + " " + o.test().name()) + "\"");
        if (o.passed()) {
          w.write("/>\n");
        } else {
          w.write(">\n    <failure message=\"" + Xml.escape(o.failures().get(0)) + "\">"
              + Xml.escape(String.join("\n", o.failures())) + "</failure>\n  </testcase>\n");
        }
      }
      w.write("</testsuite>\n");
    }
  }
}
