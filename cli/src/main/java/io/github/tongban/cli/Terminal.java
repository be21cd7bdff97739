package io.github.tongban.cli;

import io.github.tongban.present.SafeText;
import java.io.PrintWriter;

/**
 * What the commands print to: a writer that passes on only neutral lines ({@link SafeText#writer}),
 * the last defence of a terminal or a CI log against catalogue text a command forgot to
 * neutralise. No escape sequence, bidi control or CI command gets through it; the one output meant
 * for a CI runner, GitHub annotations, is written {@link #unguarded} and escaped line by line.
 */
final class Terminal extends PrintWriter {
  private final PrintWriter raw;

  Terminal(PrintWriter raw) {
    super(SafeText.writer(raw), true);
    this.raw = raw;
  }

  /** The writer under {@code out}'s guard, or {@code out} itself when it has none. */
  static PrintWriter unguarded(PrintWriter out) {
    return out instanceof Terminal t ? t.raw : out;
  }
}
