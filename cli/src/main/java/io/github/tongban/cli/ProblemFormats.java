package io.github.tongban.cli;

import io.github.tongban.present.Xml;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The ways {@code tongban validate} can write problems: for people, for programs and for CI systems. */
enum ProblemFormats {
  text, json, junit, sarif, github;

  /** Writes {@code result}; file paths are prefixed with {@code folder} (as given) so that CI tools find the files. */
  void write(LoadResult result, Path folder, Lang lang, PrintWriter out) throws java.io.IOException {
    switch (this) {
      case json -> out.println(ValidateCommand.Json.MAPPER.writeValueAsString(ValidateCommand.Json.result(result)));
      case junit -> junit(result, folder, lang, out);
      case sarif -> out.println(ValidateCommand.Json.MAPPER.writeValueAsString(sarif(result, folder, lang)));
      case github -> github(result, folder, lang, out);
      case text -> throw new IllegalStateException("text is written by the command itself");
    }
  }

  static String path(Path folder, String file) {
    return folder == null ? file : folder.resolve(file).normalize().toString().replace('\\', '/');
  }

  private static void junit(LoadResult result, Path folder, Lang lang, PrintWriter out) {
    long errors = result.errors().size();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.printf("<testsuite name=\"tongban validate\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">%n",
        Math.max(1, result.problems().size()), errors);
    if (result.problems().isEmpty()) {
      out.println("  <testcase classname=\"catalogue\" name=\"the catalogue is valid\"/>");
    }
    for (Problem p : result.problems()) {
      String where = path(folder, p.location().file()) + (p.location().line() > 0 ? ":" + p.location().line() + ":" + p.location().column() : "");
      out.printf("  <testcase classname=\"%s\" name=\"%s\">", Xml.escape(path(folder, p.location().file())), Xml.escape(p.code().code() + " at " + where));
      String message = p.message().in(lang.locale()) + " " + p.hint().in(lang.locale());
      if (p.isError()) {
        out.printf("<failure message=\"%s\" type=\"%s\">%s</failure>", Xml.escape(p.message().in(lang.locale())), p.code().code(), Xml.escape(where + ": " + message));
      } else {
        out.printf("<system-out>%s</system-out>", Xml.escape("warning " + where + ": " + message));
      }
      out.println("</testcase>");
    }
    out.println("</testsuite>");
  }

  private static ObjectNode sarif(LoadResult result, Path folder, Lang lang) {
    ObjectNode root = ValidateCommand.Json.MAPPER.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "tongban").put("informationUri", "https://github.com/tongban/tongban").put("version", "0.1.0");
    Map<String, Problem> rules = new LinkedHashMap<>();
    result.problems().forEach(p -> rules.putIfAbsent(p.code().code(), p));
    ArrayNode ruleNodes = driver.putArray("rules");
    rules.forEach((code, p) -> {
      ObjectNode r = ruleNodes.addObject();
      r.put("id", code);
      r.putObject("shortDescription").put("text", code);
      r.putObject("defaultConfiguration").put("level", level(p.severity()));
    });
    ArrayNode results = run.putArray("results");
    for (Problem p : result.problems()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", p.code().code()).put("level", level(p.severity()));
      r.putObject("message").put("text", p.message().in(lang.locale()) + " " + p.hint().in(lang.locale()));
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", path(folder, p.location().file()));
      if (p.location().line() > 0) {
        physical.putObject("region").put("startLine", p.location().line()).put("startColumn", Math.max(1, p.location().column()));
      }
    }
    return root;
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  private static void github(LoadResult result, Path folder, Lang lang, PrintWriter out) {
    for (Problem p : result.problems()) {
      StringBuilder props = new StringBuilder("file=").append(property(path(folder, p.location().file())));
      if (p.location().line() > 0) {
        props.append(",line=").append(p.location().line()).append(",col=").append(p.location().column());
      }
      props.append(",title=").append(property(p.code().code()));
      out.printf("::%s %s::%s%n", p.isError() ? "error" : "warning", props,
          data(p.message().in(lang.locale()) + " " + p.hint().in(lang.locale())));
    }
  }

  /** GitHub workflow-command escaping of a message. */
  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** GitHub workflow-command escaping of a property value. */
  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  static ProblemFormats parse(String s) {
    return valueOf(s.toLowerCase(Locale.ROOT));
  }
}
