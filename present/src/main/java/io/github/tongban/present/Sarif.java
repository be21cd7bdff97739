package io.github.tongban.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue's problems as a SARIF 2.1.0 log, for code scanning: one rule per problem code (its
 * message and hint in zh-CN and en), one result per problem, each with its file as a percent-encoded
 * URI reference relative to {@value #ROOT} (the catalogue folder, given in {@code originalUriBaseIds}
 * as a {@code file:} URI) and its region. Messages are neutralised.
 */
final class Sarif {
  /** The base every file is relative to: the catalogue folder. */
  static final String ROOT = "CATALOGUE_ROOT";
  private static final String HEX = "0123456789ABCDEF";
  private static final String HELP = "https://github.com/tongban/tongban/blob/main/docs/authoring.md";

  private Sarif() {}

  static ObjectNode of(LoadResult result, Optional<Path> folder, Language language) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "tongban").put("informationUri", "https://github.com/tongban/tongban").put("version", "0.1.0");
    folder.ifPresent(f -> run.putObject("originalUriBaseIds").putObject(ROOT).put("uri", folderUri(f))
        .putObject("description").put("text", ProblemFormat.TEXTS.get(language, "sarif.root")));
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode ruleNodes = driver.putArray("rules");
    for (Problem p : result.problems()) {
      ruleIndex.computeIfAbsent(p.code().code(), code -> {
        rule(ruleNodes.addObject(), p.code(), p.severity(), language);
        return ruleNodes.size() - 1;
      });
    }
    ArrayNode results = run.putArray("results");
    for (Problem p : result.problems()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", p.code().code()).put("ruleIndex", ruleIndex.get(p.code().code())).put("level", level(p.severity()));
      r.putObject("message").put("text", ProblemFormat.text(p.message(), language) + " " + ProblemFormat.text(p.hint(), language));
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(SafeText.line(p.location().file()))).put("uriBaseId", ROOT);
      if (p.location().line() > 0) {
        physical.putObject("region").put("startLine", p.location().line()).put("startColumn", Math.max(1, p.location().column()));
      }
    }
    return root;
  }

  /** A rule: its short description in the run's language, its full description and help (the hint) in both. */
  private static void rule(ObjectNode r, ProblemCode code, Severity severity, Language language) {
    LocalizedText description = code.description();
    LocalizedText advice = code.advice();
    r.put("id", code.code());
    r.putObject("shortDescription").put("text", description.in(language.locale()));
    r.putObject("fullDescription").put("text", description.zh() + "\n" + description.en());
    r.putObject("help").put("text", description.zh() + "\n" + advice.zh() + "\n\n" + description.en() + "\n" + advice.en());
    r.put("helpUri", HELP);
    r.putObject("defaultConfiguration").put("level", level(severity));
  }

  /** The catalogue folder as an absolute {@code file:} URI ending in a slash, percent-encoded. */
  static String folderUri(Path folder) {
    String uri = folder.toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /**
   * A path as a URI reference: letters, digits, slashes and {@code -._~!$&'()*+,;=@} stay, everything
   * else (spaces, {@code %}, {@code :}, {@code #}, {@code ?}, any non-ASCII character) is
   * percent-encoded as UTF-8, so the reference never grows a scheme, a query or a fragment.
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-._~!$&'()*+,;=@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return out.toString();
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }
}
