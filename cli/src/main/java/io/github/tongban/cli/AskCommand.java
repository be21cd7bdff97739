package io.github.tongban.cli;

import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.model.Catalogue;
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
import java.util.List;
import java.util.Optional;
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
    Lang l = common.lang;
    DecisionEngine engine = DecisionEngine.of(catalogue.get());
    Application.Builder b = Application.forItem(item);
    if (at != null) {
      b.at(at);
    }
    if (date != null) {
      b.on(date);
    }
    Application application = b.build();
    BufferedReader in = new BufferedReader(new InputStreamReader(parent.input, StandardCharsets.UTF_8));
    Decision decision;
    try {
      decision = engine.decide(application);
    } catch (InvalidApplicationException e) {
      e.problems().forEach(p -> spec.commandLine().getErr().println(p.field() + ": " + p.message().in(l.locale())));
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    out.printf("%s %s%n", decision.item(), decision.itemName());
    // first the questions that can change the status; once it is settled, those that settle the
    // scenario, the materials or acceptance (answers may stop there: the status no longer depends on them)
    // an empty answer skips an optional question; the end of the answers ends the optional ones
    java.util.Set<String> skipped = new java.util.HashSet<>();
    boolean ended = false;
    for (int asked = 0; !ended && next(decision, skipped).isPresent() && asked < MAX_QUESTIONS; asked++) {
      Question q = next(decision, skipped).get();
      boolean settled = decision.nextQuestions().isEmpty();
      while (true) {
        out.printf("%s%s%s%n> ", settled ? l.pick("(可选,直接回车跳过)", "(optional, Enter skips) ") : "", q.question(), hint(q, l));
        out.flush();
        String line = in.readLine();
        if (settled && (line == null || line.isBlank())) {
          ended = line == null;
          skipped.add(q.fact());
          out.println();
          break;
        }
        if (line == null) {
          out.println();
          out.println(l.pick("回答在问完之前结束;以下是目前的结论。", "The answers ended before the interview did; this is the decision so far."));
          DecisionText.print(decision, l, out);
          out.flush();
          return ExitCodes.FAILURE;
        }
        Object answer = answer(q, line.trim());
        try {
          Application next = application.with(q.fact(), answer);
          decision = engine.decide(next);
          application = next;
          break;
        } catch (InvalidApplicationException e) {
          e.problems().forEach(p -> out.println("  " + p.message().in(l.locale())));
          out.println(l.pick("  请重新回答。", "  Please answer again."));
        }
      }
    }
    out.println();
    out.flush();
    if (common.json) {
      result.println(DecideCommand.JSON.writeValueAsString(decision));
    } else {
      DecisionText.print(decision, l, result);
    }
    result.flush();
    return ExitCodes.OK;
  }

  /** The next question to ask: one that can change the status, or else one that settles the rest. */
  private static Optional<Question> next(Decision d, java.util.Set<String> skipped) {
    return d.nextQuestions().stream().findFirst()
        .or(() -> d.followUpQuestions().stream().filter(q -> !skipped.contains(q.fact())).findFirst());
  }

  private static String hint(Question q, Lang l) {
    if (q.type() == FactType.BOOLEAN) {
      return l.pick(" [1 是 / 2 否]", " [1 yes / 2 no]");
    }
    if (!q.allowedValues().isEmpty()) {
      StringBuilder s = new StringBuilder(" [");
      for (int i = 0; i < q.allowedValues().size(); i++) {
        s.append(i == 0 ? "" : " / ").append(i + 1).append(' ').append(q.allowedValues().get(i));
      }
      return s.append(']').toString();
    }
    return q.unit().map(u -> " (" + u + ")").orElse("");
  }

  /** The answer as typed, with a choice's number or a yes/no word turned into its value. */
  private static Object answer(Question q, String text) {
    if (q.type() == FactType.BOOLEAN) {
      return switch (text.toLowerCase(java.util.Locale.ROOT)) {
        case "1", "是", "y", "yes", "true" -> Boolean.TRUE;
        case "2", "否", "n", "no", "false" -> Boolean.FALSE;
        default -> text;
      };
    }
    List<String> values = q.allowedValues();
    if (!values.isEmpty() && text.matches("\\d{1,3}")) {
      int i = Integer.parseInt(text) - 1;
      if (i >= 0 && i < values.size()) {
        return values.get(i);
      }
    }
    return text;
  }
}
