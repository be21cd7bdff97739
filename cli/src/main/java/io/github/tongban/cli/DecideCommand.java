package io.github.tongban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException;
import io.github.tongban.rules.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tongban decide}: the full decision for one application, as a window clerk reads it out. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = "Decide one application: status and reasons, next questions, materials, acceptance, due date.")
final class DecideCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--catalogue", paramLabel = "DIR", description = "The catalogue folder (default: the bundled sample).")
  Path folder;

  @Option(names = "--item", required = true, paramLabel = "CODE", description = "The item code, e.g. 620300-MZ-002 (see tongban list).")
  String item;

  @Option(names = "--at", paramLabel = "POINT", description = "The region code of the service point; omit for an online application.")
  String at;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The application date (default: today).")
  LocalDate date;

  @Option(names = "--fact", paramLabel = "NAME=VALUE", description = "A known fact, e.g. --fact age=82 (repeatable).")
  Map<String, String> facts = new LinkedHashMap<>();

  @Option(names = "--facts", paramLabel = "FILE", description = "Known facts as a JSON object of fact ids to values.")
  Path factsFile;

  @Option(names = "--fail-unless-eligible", description = "Exit with 1 unless the application is eligible.")
  boolean failUnlessEligible;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Catalogue> catalogue = common.validCatalogue(folder, spec.commandLine().getErr());
    if (catalogue.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    Application.Builder b = Application.forItem(item).facts(readFactsFile()).facts(facts);
    if (at != null) {
      b.at(at);
    }
    if (date != null) {
      b.on(date);
    }
    Decision d;
    try {
      d = DecisionEngine.of(catalogue.get()).decide(b.build());
    } catch (InvalidApplicationException e) {
      PrintWriter err = spec.commandLine().getErr();
      e.problems().forEach(p -> err.println(p.field() + ": " + p.message().in(common.lang.locale())));
      err.flush();
      return ExitCodes.USAGE;
    }
    if (common.json) {
      out.println(JSON.writeValueAsString(d));
    } else {
      DecisionText.print(d, common.lang, out);
    }
    out.flush();
    return failUnlessEligible && d.status() != Status.ELIGIBLE ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private Map<String, Object> readFactsFile() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (factsFile == null) {
      return out;
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(factsFile));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read --facts " + factsFile + ": " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new ParameterException(spec.commandLine(), "--facts " + factsFile + " must hold a JSON object of fact ids to values");
    }
    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isBoolean()) {
        out.put(e.getKey(), v.booleanValue());
      } else if (v.isIntegralNumber() && v.canConvertToLong()) {
        out.put(e.getKey(), v.longValue());
      } else if (v.isNumber()) {
        out.put(e.getKey(), v.decimalValue());
      } else if (v.isTextual()) {
        out.put(e.getKey(), v.textValue());
      } else {
        throw new ParameterException(spec.commandLine(), "--facts: the value of " + e.getKey() + " must be text, a number or true/false");
      }
    }
    return out;
  }

}
