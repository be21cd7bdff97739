package io.github.tongban.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * The records of a residents file, one at a time, each decoded on its own: a JSON Lines line, or a
 * CSV record (a line, or several when a quoted field holds line breaks). Records are found in the
 * bytes, so that one bad record costs only itself:
 * <ul>
 *   <li>bytes not valid in the file's encoding make that record {@link Unreadable} (with the line
 *       and byte where), and reading goes on with the next one;
 *   <li>a record longer than the bound is skipped to its end without being held in memory (a
 *       200 MB line costs the bound, not 200 MB);
 *   <li>a CSV quote left open swallows no rows: when the file ends or the bound is reached inside a
 *       quoted field that has crossed a line break, the record's first line is refused and reading
 *       starts again on the line after it.
 * </ul>
 * A byte-order mark at the start of the file is dropped. Only encodings in which the bytes of
 * {@code , " \n \r} never occur inside a multi-byte character are taken (UTF-8, GB18030, GBK):
 * the search for record ends relies on it.
 */
final class RecordReader implements Closeable {
  /** The bound on a record, unless given. */
  static final int DEFAULT_MAX_BYTES = 1 << 20;

  /** A record read: its text and the line it starts on, or why it cannot be read. */
  sealed interface Record permits Text, Unreadable {
    /** The line the record starts on (from 1). */
    long line();
  }

  /** A record's text, without its line ending (and without the byte-order mark). */
  record Text(long line, String text) implements Record {}

  /** Why a record cannot be read. */
  enum Why { INVALID_BYTES, TOO_LONG, OPEN_QUOTE }

  /**
   * A record that cannot be read.
   *
   * @param line the line the record starts on
   * @param why what is wrong
   * @param at where: the line and the byte in it of an invalid byte; for a record too long, its length so far
   * @param column the byte in that line (from 1) of an invalid byte, 0 otherwise
   */
  record Unreadable(long line, Why why, long at, long column) implements Record {}

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final FileChannel channel;
  private final ByteBuffer in = ByteBuffer.allocate(1 << 16);
  private final CharsetDecoder decoder;
  private final boolean csv;
  private final int maxBytes;
  private byte[] record = new byte[1024];
  private long position;
  private long line = 1;
  private boolean first = true;

  RecordReader(Path file, Charset charset, boolean csv, int maxBytes) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    this.csv = csv;
    this.maxBytes = maxBytes;
    in.limit(0);
  }

  /** Bytes read so far (for progress). */
  long position() {
    return position;
  }

  /** The next record that is not blank; empty at the end of the file. */
  Optional<Record> next() throws IOException {
    while (true) {
      long startLine = line;
      long start = position;
      int length = 0;
      long total = 0;
      long firstBreak = -1;
      int state = FIELD_START;
      int b;
      while ((b = read()) >= 0) {
        if (b == '\n') {
          line++;
          if (state != QUOTED || total > maxBytes) {
            break;
          }
          if (firstBreak < 0) {
            firstBreak = position;
          }
        } else if (csv) {
          state = next(state, b);
        }
        total++;
        if (total <= maxBytes) {
          if (length == record.length) {
            record = Arrays.copyOf(record, Math.min(maxBytes, record.length * 2));
          }
          record[length++] = (byte) b;
        } else if (firstBreak >= 0) {
          return Optional.of(reopen(startLine, firstBreak));
        }
      }
      if (b < 0 && total == 0 && position == start) {
        return Optional.empty();
      }
      boolean wasFirst = first;
      first = false;
      if (b < 0 && state == QUOTED && total <= maxBytes) {
        return Optional.of(firstBreak >= 0 ? reopen(startLine, firstBreak) : new Unreadable(startLine, Why.OPEN_QUOTE, 0, 0));
      }
      if (total > maxBytes) {
        return Optional.of(new Unreadable(startLine, Why.TOO_LONG, total, 0));
      }
      if (length > 0 && record[length - 1] == '\r') {
        length--;
      }
      Optional<Record> decoded = decode(startLine, length, wasFirst);
      if (decoded.isPresent()) {
        return decoded;
      }
    }
  }

  /** Where a CSV record stands after byte {@code b}: RFC 4180 quoting, spaces allowed before a quoted field. */
  private static int next(int state, int b) {
    return switch (state) {
      case FIELD_START -> b == '"' ? QUOTED : b == ',' || b == ' ' || b == '\t' ? FIELD_START : UNQUOTED;
      case UNQUOTED -> b == ',' ? FIELD_START : UNQUOTED;
      case QUOTED -> b == '"' ? QUOTE_IN_QUOTED : QUOTED;
      default -> b == '"' ? QUOTED : b == ',' ? FIELD_START : UNQUOTED;
    };
  }

  /** The record's first line is refused for its open quote; reading starts again on the line after it. */
  private Unreadable reopen(long startLine, long firstBreak) throws IOException {
    channel.position(firstBreak);
    position = firstBreak;
    in.clear().limit(0);
    line = startLine + 1;
    first = false;
    return new Unreadable(startLine, Why.OPEN_QUOTE, 0, 0);
  }

  private Optional<Record> decode(long startLine, int length, boolean wasFirst) {
    ByteBuffer bytes = ByteBuffer.wrap(record, 0, length);
    CharBuffer chars;
    try {
      chars = decoder.reset().decode(bytes);
    } catch (CharacterCodingException e) {
      int bad = bytes.position();
      long at = startLine;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (record[i] == '\n') {
          at++;
          lineStart = i + 1;
        }
      }
      return Optional.of(new Unreadable(startLine, Why.INVALID_BYTES, at, bad - lineStart + 1));
    }
    String text = chars.toString();
    if (wasFirst && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.isBlank() ? Optional.empty() : Optional.of(new Text(startLine, text));
  }

  private int read() throws IOException {
    if (!in.hasRemaining()) {
      in.clear();
      int n;
      do {
        n = channel.read(in);
      } while (n == 0);
      in.flip();
      if (n < 0) {
        return -1;
      }
    }
    position++;
    return in.get() & 0xFF;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
