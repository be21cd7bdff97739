package io.github.tongban.present;

/**
 * Neutralises text from a catalogue, a residents file or a file name before it reaches a reader:
 * a terminal, a CI log, XML, Markdown or HTML. Escape sequences (ANSI CSI, OSC) and other C0 and
 * C1 controls are removed or turned into spaces, bidirectional overrides and isolates are removed
 * (they reverse what is printed around them), and noncharacters and lone surrogates become
 * U+FFFD. In a single-line field every line break becomes a space, so catalogue text can never
 * start a line of its own, such as a GitHub Actions {@code ::error} command.
 */
public final class SafeText {
  private static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /** The text as one line: line breaks and tabs become spaces, every other control is dropped. */
  public static String line(String text) {
    return clean(text, false);
  }

  /** The text with its line breaks kept (as {@code \n}); every other control is dropped, tabs become spaces. */
  public static String block(String text) {
    return clean(text, true);
  }

  /** Whether the text is already neutral as one line. */
  public static boolean isSafeLine(String text) {
    return line(text).equals(text);
  }

  private static String clean(String text, boolean keepBreaks) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      int skip = width;
      String replacement = null;
      if (cp == 0x1B) {
        skip = escapeLength(text, i);
        replacement = "";
      } else if (cp == '\r') {
        boolean crlf = i + 1 < n && text.charAt(i + 1) == '\n';
        skip = crlf ? 2 : 1;
        replacement = keepBreaks ? "\n" : " ";
      } else if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        replacement = keepBreaks ? "\n" : " ";
      } else if (cp == '\t' || cp == 0x0B || cp == 0x0C) {
        replacement = " ";
      } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
        replacement = "";
      } else if (isBidiControl(cp)) {
        replacement = "";
      } else if (isNoncharacter(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
        replacement = String.valueOf(REPLACEMENT);
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(n).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += skip;
    }
    return out == null ? text : out.toString();
  }

  /** The length of the escape sequence at {@code i} (ESC included): CSI up to its final byte, OSC up to BEL or ST, else ESC and one character. */
  private static int escapeLength(String s, int i) {
    int n = s.length();
    if (i + 1 >= n) {
      return 1;
    }
    char kind = s.charAt(i + 1);
    if (kind == '[') {
      int j = i + 2;
      while (j < n && (s.charAt(j) < 0x40 || s.charAt(j) > 0x7E)) {
        j++;
      }
      return Math.min(n, j + 1) - i;
    }
    if (kind == ']' || kind == 'P' || kind == '_' || kind == '^' || kind == 'X') {
      int j = i + 2;
      while (j < n) {
        char c = s.charAt(j);
        if (c == 0x07) {
          return j + 1 - i;
        }
        if (c == 0x1B && j + 1 < n && s.charAt(j + 1) == '\\') {
          return j + 2 - i;
        }
        j++;
      }
      return n - i;
    }
    return 2;
  }

  private static boolean isBidiControl(int cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
