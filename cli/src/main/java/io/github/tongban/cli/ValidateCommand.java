package io.github.tongban.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongban validate [DIR]}: every problem of a catalogue, with file, line and column. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate a catalogue folder (default: the bundled sample) and list every problem.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The catalogue folder.")
  Path folder;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (default), json, junit (JUnit XML for any CI), sarif (SARIF 2.1.0 for code scanning), github (annotations).")
  ProblemFormats format = ProblemFormats.text;

  @Option(names = "--warnings-as-errors",
      description = "Fail (exit 1) when there is any warning too, e.g. a scenario that never applies; by default warnings do not fail.")
  boolean warningsAsErrors;

  @Override
  public Integer call() throws Exception {
    folder = folder != null ? folder : common.catalogue;
    LoadResult result = common.load(folder);
    PrintWriter out = spec.commandLine().getOut();
    ProblemFormats chosen = common.json ? ProblemFormats.json : format;
    if (chosen != ProblemFormats.text) {
      chosen.write(result, folder, common.lang, out);
    } else {
      Lang lang = common.lang;
      for (Problem p : result.problems()) {
        out.println(p.format(lang.locale()));
        out.println("    " + lang.pick("提示:", "hint: ") + p.hint().in(lang.locale()));
      }
      String name = result.catalogue().map(c -> c.info().name() + " " + c.info().version()).orElse(folder == null ? "sample" : folder.toString());
      int items = result.catalogue().map(c -> c.items().size()).orElse(0);
      out.println(lang.pick(
          "%s:%s,%d 个错误,%d 个警告".formatted(name, result.isValid() ? items + " 个事项已加载" : "未加载", result.errors().size(), result.warnings().size()),
          "%s: %s, %d error(s), %d warning(s)".formatted(name, result.isValid() ? items + " item(s) loaded" : "not loaded", result.errors().size(), result.warnings().size())));
    }
    out.flush();
    boolean failed = !result.isValid() || (warningsAsErrors && !result.warnings().isEmpty());
    return failed ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  /** The JSON forms of results, shared by the commands. */
  static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static ObjectNode result(LoadResult result) {
      ObjectNode root = MAPPER.createObjectNode();
      root.put("valid", result.isValid());
      result.catalogue().ifPresent(c -> {
        root.put("catalogue", c.info().name());
        root.put("version", c.info().version());
        root.put("items", c.items().size());
      });
      root.put("errors", result.errors().size());
      root.put("warnings", result.warnings().size());
      ArrayNode problems = root.putArray("problems");
      for (Problem p : result.problems()) {
        ObjectNode n = problems.addObject();
        n.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        n.put("code", p.code().code());
        n.put("file", p.location().file());
        n.put("line", p.location().line());
        n.put("column", p.location().column());
        n.put("pointer", p.location().pointer());
        n.putObject("message").put("zh", p.message().zh()).put("en", p.message().en());
        n.putObject("hint").put("zh", p.hint().zh()).put("en", p.hint().en());
      }
      return root;
    }
  }
}
