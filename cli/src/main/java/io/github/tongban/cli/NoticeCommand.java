package io.github.tongban.cli;

import io.github.tongban.present.Doc;
import io.github.tongban.present.Notices;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Question;
import io.github.tongban.rules.Reason;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongban notice}: the one-time notice (一次性告知书) for an applicant, as printable HTML or Markdown. */
@Command(name = "notice", mixinStandardHelpOptions = true,
    description = "The one-time notice (一次性告知书): everything the applicant must bring, what is exempt and why, deadlines, where to go.")
final class NoticeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  ApplicationOptions application;

  @Option(names = "--format", paramLabel = "html|md", description = "html (default, printable) or md (Markdown).")
  String format = "html";

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("html") && !format.equals("md")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be html or md, not " + format);
    }
    Optional<Catalogue> catalogue = common.validCatalogue(spec.commandLine().getErr());
    if (catalogue.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    Decision d;
    try {
      d = DecisionEngine.of(catalogue.get()).decide(application.application(spec.commandLine()));
    } catch (InvalidApplicationException e) {
      e.problems().forEach(p -> spec.commandLine().getErr().println(p.field() + ": " + p.message().in(common.lang.locale())));
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    Doc doc = Notices.notice(catalogue.get(), d);
    String text = common.json ? DecideCommand.JSON.writeValueAsString(d) + "\n"
        : format.equals("md") ? doc.markdown() : doc.footer(Notices.footer(catalogue.get())).html(io.github.tongban.present.Language.ZH);
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
