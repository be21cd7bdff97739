package io.github.tongban.present;

import java.io.IOException;
import java.io.Writer;

/**
 * Neutralises text from a catalogue, a residents file or a file name before it reaches a reader:
 * a terminal, a CI log, XML, Markdown or HTML. Escape sequences (ANSI CSI, OSC, DCS) and other C0
 * and C1 controls are removed or turned into spaces, bidirectional overrides and isolates are
 * removed (they reverse what is printed around them), and noncharacters and lone surrogates become
 * U+FFFD. In a single-line field every line break (CR, LF, NEL, U+2028, U+2029) becomes a space,
 * so catalogue text can never start a line of its own. CI log commands are defused with a zero
 * width space: {@code ::} at the start of a line (GitHub Actions reads {@code ::error file=…} there,
 * even after spaces) and {@code ##[}, {@code ##vso[} anywhere (the older form, read anywhere in a line).
 */
public final class SafeText {
  private static final char REPLACEMENT = '\uFFFD';
  private static final char ZERO_WIDTH_SPACE = '\u200B';

  private SafeText() {}

  /** The text as one line: line breaks and tabs become spaces, every other control is dropped. */
  public static String line(String text) {
    return clean(text, false, true);
  }

  /** The text with its line breaks kept (as {@code \n}); every other control is dropped, tabs become spaces. */
  public static String block(String text) {
    return clean(text, true, true);
  }

  /** Whether the text is already neutral as one line. */
  public static boolean isSafeLine(String text) {
    return line(text).equals(text);
  }

  /**
   * A writer that passes on only neutral text, line by line: the last defence of a terminal or a
   * CI log against whatever a program forgot to neutralise. Line breaks are kept; a line is passed
   * on when it ends or when the writer is flushed (a prompt without a line break).
   */
  public static Writer writer(Writer out) {
    return new SafeWriter(out);
  }

  static String clean(String text, boolean keepBreaks, boolean startsLine) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    boolean lineStart = startsLine;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      int skip = Character.charCount(cp);
      String replacement = null;
      boolean breaks = false;
      if (cp == 0x1B) {
        skip = escapeLength(text, i);
        replacement = "";
      } else if (cp == '\r' || cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        skip = cp == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        replacement = keepBreaks ? "\n" : " ";
        breaks = keepBreaks;
      } else if (cp == '\t' || cp == 0x0B || cp == 0x0C) {
        replacement = " ";
      } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || isBidiControl(cp)) {
        replacement = "";
      } else if (isNoncharacter(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
        replacement = String.valueOf(REPLACEMENT);
      } else if (cp == ':' && lineStart && i + 1 < n && text.charAt(i + 1) == ':') {
        replacement = ":" + ZERO_WIDTH_SPACE;
      } else if (cp == '#' && startsLegacyCommand(text, i)) {
        replacement = "#" + ZERO_WIDTH_SPACE;
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(n + 8).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      if (breaks) {
        lineStart = true;
      } else if (replacement == null) {
        lineStart &= Character.isSpaceChar(cp);
      } else {
        lineStart &= replacement.isBlank();
      }
      i += skip;
    }
    return out == null ? text : out.toString();
  }

  /** Whether {@code ##[} or {@code ##name[} (Azure's {@code ##vso[}) starts at {@code i}: a CI log command anywhere in a line. */
  private static boolean startsLegacyCommand(String s, int i) {
    if (i + 1 >= s.length() || s.charAt(i + 1) != '#') {
      return false;
    }
    int j = i + 2;
    while (j < s.length() && s.charAt(j) < 0x80 && Character.isLetter(s.charAt(j))) {
      j++;
    }
    return j < s.length() && s.charAt(j) == '[';
  }

  /**
   * The length of the escape sequence at {@code i} (ESC included): CSI up to its final byte, OSC,
   * DCS, SOS, PM and APC up to BEL or ST, ESC with intermediates up to its final byte; a sequence
   * broken off by any other character ends before it, so no text is swallowed with it.
   */
  private static int escapeLength(String s, int i) {
    int n = s.length();
    if (i + 1 >= n) {
      return 1;
    }
    char kind = s.charAt(i + 1);
    if (kind == '[') {
      int j = i + 2;
      while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3F) {
        j++;
      }
      return (j < n && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E ? j + 1 : j) - i;
    }
    if (kind == ']' || kind == 'P' || kind == '_' || kind == '^' || kind == 'X') {
      for (int j = i + 2; j < n; j++) {
        char c = s.charAt(j);
        if (c == 0x07 || c == 0x9C) {
          return j + 1 - i;
        }
        if (c == 0x1B) {
          return (j + 1 < n && s.charAt(j + 1) == '\\' ? j + 2 : j) - i;
        }
      }
      return n - i;
    }
    int j = i + 1;
    while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) {
      j++;
    }
    return (j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x7E ? j + 1 : j) - i;
  }

  private static boolean isBidiControl(int cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  /** Neutralises each line as it ends or is flushed; remembers whether the next text starts a line. */
  private static final class SafeWriter extends Writer {
    private final Writer out;
    private final StringBuilder pending = new StringBuilder();
    private boolean atLineStart = true;

    SafeWriter(Writer out) {
      super(out);
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      synchronized (lock) {
        for (int k = offset; k < offset + length; k++) {
          pending.append(chars[k]);
          if (chars[k] == '\n') {
            pass(pending.length());
          }
        }
      }
    }

    @Override
    public void flush() throws IOException {
      synchronized (lock) {
        int end = pending.length();
        // keep a trailing high surrogate or escape: the rest of it may follow
        if (end > 0 && (Character.isHighSurrogate(pending.charAt(end - 1)) || pending.charAt(end - 1) == 0x1B)) {
          end--;
        }
        pass(end);
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      synchronized (lock) {
        pass(pending.length());
        out.close();
      }
    }

    private void pass(int end) throws IOException {
      if (end == 0) {
        return;
      }
      String text = pending.substring(0, end);
      pending.delete(0, end);
      boolean endsLine = text.endsWith("\n");
      String body = endsLine ? text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1)) : text;
      out.write(clean(body, true, atLineStart));
      if (endsLine) {
        out.write(System.lineSeparator());
      }
      atLineStart = endsLine;
    }
  }
}
