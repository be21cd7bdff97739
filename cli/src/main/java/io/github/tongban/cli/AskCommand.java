package io.github.tongban.cli;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.DecisionText;
import io.github.tongban.present.Interview;
import io.github.tongban.present.Json;
import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException;
import io.github.tongban.rules.Question;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tongban ask}: a guided interview that asks only the questions that matter, one at a time,
 * re-asks on an answer that is not valid, and ends with the decision. Answers may be piped in.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = "A guided interview: asks only the questions that matter, one at a time, then shows the decision.")
final class AskCommand implements Callable<Integer> {
  /** More questions than any item asks: a guard against a loop. */
  static final int MAX_QUESTIONS = 200;

  @Spec
  CommandSpec spec;

  @ParentCommand
  TongbanCommand parent;

  @Mixin
  CommonOptions common;

  @Option(names = "--item", required = true, paramLabel = "CODE", description = "The item code (see tongban list).")
  String item;

  @Option(names = "--at", paramLabel = "POINT", description = "The region code of the service point; omit for an online application.")
  String at;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The application date (default: today).")
  LocalDate date;

  @Override
  public Integer call() throws Exception {
    Optional<Catalogue> catalogue = common.validCatalogue(spec.commandLine().getErr());
    if (catalogue.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    PrintWriter result = spec.commandLine().getOut();
    // with --json the interview goes to standard error, so that standard output holds only the JSON decision
    PrintWriter out = common.json ? spec.commandLine().getErr() : result;
    Language l = common.lang.language();
    DecisionEngine engine = DecisionEngine.of(catalogue.get());
    Application.Builder b = Application.forItem(item);
    Optional.ofNullable(at).ifPresent(b::at);
    Optional.ofNullable(date).ifPresent(b::on);
    Application application = b.build();
    BufferedReader in = new BufferedReader(new InputStreamReader(parent.input, StandardCharsets.UTF_8));
    Decision decision;
    try {
      decision = engine.decide(application);
    } catch (InvalidApplicationException e) {
      return DecideCommand.invalid(e, common, spec.commandLine().getErr());
    }
    out.println(SafeText.line(decision.item() + " " + decision.itemName()));
    // questions that can change the status, then optional ones (Enter skips one, the end of the answers ends them)
    Set<String> skipped = new HashSet<>();
    boolean ended = false;
    for (int asked = 0; !ended && Interview.next(decision, skipped).isPresent() && asked < MAX_QUESTIONS; asked++) {
      Question q = Interview.next(decision, skipped).get();
      boolean settled = decision.nextQuestions().isEmpty();
      while (true) {
        out.printf("%s%n> ", Interview.prompt(q, settled, l));
        out.flush();
        String line = in.readLine();
        if (settled && (line == null || line.isBlank())) {
          ended = line == null;
          skipped.add(q.fact());
          out.println();
          break;
        }
        if (line == null) {
          out.printf("%n%s%n%s", Interview.endedEarly(l), DecisionText.of(catalogue.get(), decision, l));
          out.flush();
          return ExitCodes.FAILURE;
        }
        try {
          Application next = application.with(q.fact(), Interview.answer(q, line));
          decision = engine.decide(next);
          application = next;
          break;
        } catch (InvalidApplicationException e) {
          e.problems().forEach(p -> out.println("  " + SafeText.line(p.message().in(l.locale()))));
          out.println(Interview.answerAgain(l));
        }
      }
    }
    out.println();
    out.flush();
    result.print(common.json ? Json.pretty().writeValueAsString(decision) + "\n" : DecisionText.of(catalogue.get(), decision, l));
    result.flush();
    return ExitCodes.OK;
  }
}
