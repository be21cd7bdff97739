package io.github.tongban.present;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), the one kind of line
 * tongban writes that a CI runner acts on. Properties and message are neutralised first, so they
 * hold no line break, then escaped by the runner's rules ({@code %}, CR and LF in both; {@code :}
 * and {@code ,} in properties too): catalogue text can neither end the command nor start another.
 */
final class WorkflowCommands {
  private WorkflowCommands() {}

  /** One annotation line, without its line break: {@code level} is error, warning or notice. */
  static String annotation(String level, Map<String, String> properties, String message) {
    String props = properties.entrySet().stream().map(e -> e.getKey() + "=" + property(e.getValue())).collect(Collectors.joining(","));
    return "::" + level + (props.isEmpty() ? "" : " " + props) + "::" + data(message);
  }

  /** The message of a command: its lines (if several) joined by an escaped line break. */
  static String data(String message) {
    return escapeData(SafeText.block(message));
  }

  /** A property value: one line, with the separators of properties escaped. */
  static String property(String value) {
    return escapeData(SafeText.line(value)).replace(":", "%3A").replace(",", "%2C");
  }

  private static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }
}
