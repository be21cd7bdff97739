package io.github.tongban.cli;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.DecisionText;
import io.github.tongban.present.Json;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.InvalidApplicationException;
import io.github.tongban.rules.Status;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongban decide}: the full decision for one application, as a window clerk reads it out. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = "Decide one application: status and reasons, next questions, materials, acceptance, due date.")
final class DecideCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  ApplicationOptions application;

  @Option(names = "--fail-unless-eligible", description = "Exit with 1 unless the application is eligible.")
  boolean failUnlessEligible;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Catalogue> catalogue = common.validCatalogue(spec.commandLine().getErr());
    if (catalogue.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    Decision d;
    try {
      d = CommonOptions.engine(catalogue.get()).decide(application.application(spec.commandLine()));
    } catch (InvalidApplicationException e) {
      return invalid(e, common, spec.commandLine().getErr());
    }
    out.print(common.json ? Json.pretty().writeValueAsString(d) + "\n" : DecisionText.of(catalogue.get(), d, common.lang.language()));
    out.flush();
    return failUnlessEligible && d.status() != Status.ELIGIBLE ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  /** Prints the problems of an application that cannot be decided and returns the usage exit code. */
  static int invalid(InvalidApplicationException e, CommonOptions common, PrintWriter err) {
    e.problems().forEach(p -> err.println(p.field() + ": " + p.message().in(common.lang.locale())));
    err.flush();
    return ExitCodes.USAGE;
  }
}
