package io.github.tongban.present;

/**
 * Escaping of text for XML and HTML output (JUnit XML, HTML pages): catalogue text is data, never
 * markup, and is neutralised first ({@link SafeText}), so the document always parses.
 */
public final class Xml {
  private Xml() {}

  /** Text for an element's content or an attribute value, on one line. */
  public static String escape(String text) {
    return escapeRaw(SafeText.line(text));
  }

  /** Text for an element's content, its line breaks kept. */
  public static String escapeBlock(String text) {
    return escapeRaw(SafeText.block(text));
  }

  private static String escapeRaw(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
