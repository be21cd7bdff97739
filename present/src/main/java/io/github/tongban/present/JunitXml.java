package io.github.tongban.present;

import java.util.Optional;

/**
 * A JUnit XML report (one {@code testsuite}) that is well-formed XML 1.0 whatever its text holds:
 * every name and message goes through {@link Xml}, which neutralises controls and noncharacters.
 */
final class JunitXml {
  private final String suite;
  private final StringBuilder cases = new StringBuilder();
  private int tests;
  private int failures;

  JunitXml(String suite) {
    this.suite = suite;
  }

  /** A test case that passed; {@code output}, if any, goes to its {@code system-out}. */
  JunitXml pass(String classname, String name, Optional<String> output) {
    tests++;
    open(classname, name);
    output.ifPresentOrElse(o -> cases.append("><system-out>").append(Xml.escapeBlock(o)).append("</system-out></testcase>\n"),
        () -> cases.append("/>\n"));
    return this;
  }

  /** A test case that failed: a one-line {@code message}, a {@code type} if any, and the {@code detail} on as many lines as it needs. */
  JunitXml fail(String classname, String name, String message, Optional<String> type, String detail) {
    tests++;
    failures++;
    open(classname, name);
    cases.append(">\n    <failure message=\"").append(Xml.escape(message)).append('"');
    type.ifPresent(t -> cases.append(" type=\"").append(Xml.escape(t)).append('"'));
    cases.append('>').append(Xml.escapeBlock(detail)).append("</failure>\n  </testcase>\n");
    return this;
  }

  private void open(String classname, String name) {
    cases.append("  <testcase classname=\"").append(Xml.escape(classname)).append("\" name=\"").append(Xml.escape(name)).append('"');
  }

  @Override
  public String toString() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite name=\"" + Xml.escape(suite) + "\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\">\n"
        + cases + "</testsuite>\n";
  }
}
