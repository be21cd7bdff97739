package io.github.tongban.cli;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.Doc;
import io.github.tongban.present.Json;
import io.github.tongban.present.Notices;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tongban notice}: the notice an applicant is handed, as printable HTML, Markdown or the
 * notice document's JSON; its kind follows the verdict (see {@link Notices}).
 */
@Command(name = "notice", mixinStandardHelpOptions = true,
    description = {"The notice for one application, whose kind follows the verdict: the one-time notice with the full "
        + "checklist when eligible and accepted here; a refusal with its reasons when not eligible; the questions still open; "
        + "or where to apply instead.",
        "With --json, writes the notice document (title, footer, blocks of headings, paragraphs, lists and tables) as JSON, "
            + "not the decision (use tongban decide --json for that)."})
final class NoticeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  ApplicationOptions application;

  @Option(names = "--format", paramLabel = "html|md", description = "html (default, printable) or md (Markdown); --json writes the notice document as JSON.")
  String format = "html";

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("html") && !format.equals("md")) {
      throw new ParameterException(spec.commandLine(), "--format must be html or md, not " + format);
    }
    Optional<Catalogue> catalogue = common.validCatalogue(spec.commandLine().getErr());
    if (catalogue.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    Decision d;
    try {
      d = DecisionEngine.of(catalogue.get()).decide(application.application(spec.commandLine()));
    } catch (InvalidApplicationException e) {
      return DecideCommand.invalid(e, common, spec.commandLine().getErr());
    }
    Doc doc = Notices.notice(catalogue.get(), d, common.lang.language());
    String text = common.json ? Json.pretty().writeValueAsString(doc.json()) + "\n"
        : format.equals("md") ? doc.markdown() : doc.html(common.lang.language());
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } else {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
    }
    return ExitCodes.OK;
  }
}
