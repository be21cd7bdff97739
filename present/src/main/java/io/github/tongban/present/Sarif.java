package io.github.tongban.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue's problems as a SARIF 2.1.0 log, for code scanning: one rule per problem code, one
 * result per problem, each with its file (a URI reference) and region. Messages are neutralised.
 */
final class Sarif {
  private static final String HEX = "0123456789ABCDEF";

  private Sarif() {}

  static ObjectNode of(LoadResult result, Optional<Path> folder, Language language) {
    ObjectNode root = Json.mapper().createObjectNode();
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
      r.putObject("message").put("text", ProblemFormat.text(p.message(), language) + " " + ProblemFormat.text(p.hint(), language));
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(ProblemFormat.path(folder, p.location().file())));
      if (p.location().line() > 0) {
        physical.putObject("region").put("startLine", p.location().line()).put("startColumn", Math.max(1, p.location().column()));
      }
    }
    return root;
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
