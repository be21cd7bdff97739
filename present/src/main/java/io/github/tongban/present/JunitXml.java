package io.github.tongban.present;

import java.util.Optional;

/**
 * A JUnit XML report (one {@code testsuite}) that is well-formed XML 1.0 whatever its text holds:
 * every name and message goes through {@link Xml}, which neutralises controls and noncharacters.
 * Test cases carry the {@code file} and {@code line} they come from, the attributes GitLab, pytest's
 * xunit1 family and the common CI report actions read (the Jenkins and Ant schemas do not name
 * them; {@code docs/ci/reports.md} says so).
 */
final class JunitXml {
  private final String suite;
  private final StringBuilder cases = new StringBuilder();
  private int tests;
  private int failures;

  JunitXml(String suite) {
    this.suite = suite;
  }

  /**
   * A test case that passed, from {@code file} (none when empty) at {@code line} (none when 0);
   * {@code output}, if any, goes to its {@code system-out}.
   */
  JunitXml pass(String classname, String name, String file, int line, Optional<String> output) {
    tests++;
    open(classname, name, file, line);
    output.ifPresentOrElse(o -> cases.append("><system-out>").append(Xml.escapeBlock(o)).append("</system-out></testcase>\n"),
        () -> cases.append("/>\n"));
    return this;
  }

  /**
   * A test case that failed, from {@code file} at {@code line} as for {@link #pass}: a one-line
   * {@code message}, a {@code type} if any, and the {@code detail} on as many lines as it needs.
   */
  JunitXml fail(String classname, String name, String file, int line, String message, Optional<String> type, String detail) {
    tests++;
    failures++;
    open(classname, name, file, line);
    cases.append(">\n    <failure message=\"").append(Xml.escape(message)).append('"');
    type.ifPresent(t -> cases.append(" type=\"").append(Xml.escape(t)).append('"'));
    cases.append('>').append(Xml.escapeBlock(detail)).append("</failure>\n  </testcase>\n");
    return this;
  }

  private void open(String classname, String name, String file, int line) {
    cases.append("  <testcase classname=\"").append(Xml.escape(classname)).append("\" name=\"").append(Xml.escape(name)).append('"');
    if (!file.isEmpty()) {
      cases.append(" file=\"").append(Xml.escape(file)).append('"');
    }
    if (line > 0) {
      cases.append(" line=\"").append(line).append('"');
    }
  }

  @Override
  public String toString() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite name=\"" + Xml.escape(suite) + "\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\">\n"
        + cases + "</testsuite>\n";
  }
}
