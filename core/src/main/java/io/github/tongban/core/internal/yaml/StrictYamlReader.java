package io.github.tongban.core.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML file strictly into a JSON tree, from SnakeYAML's event stream rather than its
 * composer, so that nothing recursive or object-creating ever runs on catalogue text.
 *
 * <p>Refused, each as a located problem: files over the size limit, invalid UTF-8, syntax
 * errors, duplicate keys, anchors and aliases, explicit tags ({@code !!java…}, {@code !!binary}),
 * nesting deeper than the limit, too many nodes, over-long strings, non-scalar keys, and more than
 * one document. Plain scalars are typed by the YAML 1.2 core schema: only {@code true} and
 * {@code false} are booleans, so {@code no}, {@code yes}, {@code on} and {@code off} stay text.
 */
public final class StrictYamlReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private final LoadLimits limits;

  public StrictYamlReader(LoadLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads {@code bytes} as the file {@code file}; returns the document, or empty after adding to
   * {@code problems} every problem that keeps it from being read.
   */
  public Optional<YamlDocument> read(String file, byte[] bytes, Problems problems) {
    if (bytes.length > limits.maxFileBytes()) {
      problems.add(ProblemCode.YAML_FILE_TOO_LARGE, SourceLocation.ofFile(file), bytes.length, limits.maxFileBytes());
      return Optional.empty();
    }
    Optional<String> text = decode(file, bytes, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int before = problems.size();
    Builder builder = new Builder(file, problems);
    try {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(Math.max(1, (int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes())));
      options.setAllowDuplicateKeys(false);
      Parser parser = new ParserImpl(new StreamReader(text.get()), options);
      while (builder.open) {
        Event event = parser.getEvent();
        if (event == null) {
          break;
        }
        builder.accept(event);
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Optional<FullWidthKey> fullWidth = fullWidthColon(file, text.get(), e.getContextMark(), mark);
      if (fullWidth.isPresent()) {
        problems.add(ProblemCode.YAML_FULLWIDTH_COLON, fullWidth.get().at(), fullWidth.get().key());
      } else {
        String what = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getContext());
        problems.add(ProblemCode.YAML_SYNTAX, at(file, mark, builder.pointerHere()), what);
      }
    } catch (ReaderException e) {
      problems.add(ProblemCode.YAML_SYNTAX, locateOffset(file, text.get(), e.getPosition()),
          "special character U+%04X is not allowed".formatted(e.getCodePoint()));
    } catch (YAMLException e) {
      problems.add(ProblemCode.YAML_SYNTAX, SourceLocation.ofFile(file), e.getMessage());
    } catch (Aborted e) {
      // the problem that stopped the reading is already recorded
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    if (builder.root == null) {
      problems.add(ProblemCode.YAML_EMPTY_DOCUMENT, SourceLocation.ofFile(file));
      return Optional.empty();
    }
    return Optional.of(new YamlDocument(file, builder.root, builder.positions));
  }

  private static Optional<String> decode(String file, byte[] bytes, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String text = decoder.decode(in).toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      // the decoder stops where the bad byte sits: count the lines before it
      int bad = firstMalformed(bytes);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      problems.add(ProblemCode.YAML_ENCODING, new SourceLocation(file, line, bad - lineStart + 1, ""), bad);
      return Optional.empty();
    }
  }

  private static int firstMalformed(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : 0;
  }

  /** A plain key followed by a full-width colon, e.g. {@code name：…}, then a space or the line's end. */
  private static final java.util.regex.Pattern FULL_WIDTH_KEY =
      java.util.regex.Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s#'\"{}\\[\\],:：][^#:：]*?)\\s*：");

  /**
   * The index of the first invisible format character (Unicode category Cf: zero-width space and
   * joiners, word joiner, direction marks, a byte order mark inside the text, …) of {@code text}, or -1.
   */
  static int firstFormatCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.getType(text.charAt(i)) == Character.FORMAT) {
        return i;
      }
    }
    return -1;
  }

  /** A key written with a full-width colon, and where. */
  private record FullWidthKey(SourceLocation at, String key) {}

  /**
   * Where a syntax error comes from a key written with a full-width colon ({@code name：…}, which
   * YAML reads as part of a plain text): the key's line, from the error's context line (or the line
   * before it) up to the error's line. Empty when there is no such line.
   */
  private static Optional<FullWidthKey> fullWidthColon(String file, String text, Mark context, Mark problem) {
    if (problem == null) {
      return Optional.empty();
    }
    String[] lines = text.split("\\R", -1);
    int last = Math.min(problem.getLine(), lines.length - 1);
    int first = Math.max(0, context != null ? Math.min(context.getLine(), last) : last - 1);
    for (int i = first; i <= last; i++) {
      java.util.regex.Matcher m = FULL_WIDTH_KEY.matcher(lines[i]);
      if (m.find()) {
        String key = m.group(2).strip();
        return Optional.of(new FullWidthKey(new SourceLocation(file, i + 1, m.end(), ""), key));
      }
    }
    return Optional.empty();
  }

  private static SourceLocation locateOffset(String file, String text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceLocation(file, line, end - lineStart + 1, "");
  }

  private static SourceLocation at(String file, Mark mark, String pointer) {
    return mark == null ? SourceLocation.ofFile(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1, pointer);
  }

  /** Thrown inside the builder when a file is refused as a whole; never leaves this class. */
  private static final class Aborted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Aborted() {
      super(null, null, false, false);
    }
  }

  /** An open mapping or sequence, or a complex key being skipped. */
  private static final class Frame {
    final JsonNode node;
    final String pointer;
    final boolean discard;
    final Set<String> keys = new HashSet<>();
    boolean expectingKey = true;
    String key;
    boolean skipValue;
    int index;

    Frame(JsonNode node, String pointer, boolean discard) {
      this.node = node;
      this.pointer = pointer;
      this.discard = discard;
    }
  }

  private final class Builder {
    final String file;
    final Problems problems;
    final Deque<Frame> stack = new ArrayDeque<>();
    final Map<String, int[]> positions = new HashMap<>();
    JsonNode root;
    boolean open = true;
    int documents;
    int nodes;
    int ownProblems;

    Builder(String file, Problems problems) {
      this.file = file;
      this.problems = problems;
    }

    String pointerHere() {
      Frame top = stack.peek();
      if (top == null) {
        return "";
      }
      if (top.node instanceof ObjectNode && !top.expectingKey && top.key != null) {
        return YamlDocument.child(top.pointer, top.key);
      }
      return top.pointer;
    }

    void report(ProblemCode code, Mark mark, String pointer, Object... args) {
      problems.add(code, at(file, mark, pointer), args);
      if (++ownProblems >= limits.maxProblemsPerFile()) {
        problems.add(ProblemCode.YAML_TOO_MANY_PROBLEMS, at(file, mark, pointer), limits.maxProblemsPerFile());
        throw new Aborted();
      }
    }

    void accept(Event event) {
      switch (event.getEventId()) {
        case StreamStart, Comment -> { }
        case StreamEnd -> open = false;
        case DocumentStart -> {
          if (++documents > 1) {
            report(ProblemCode.YAML_MULTIPLE_DOCUMENTS, event.getStartMark(), "");
            throw new Aborted();
          }
        }
        case DocumentEnd -> { }
        case Alias -> {
          report(ProblemCode.YAML_ALIAS, event.getStartMark(), pointerHere(), ((AliasEvent) event).getAnchor());
          value(NODES.nullNode(), event.getStartMark(), true);
        }
        case Scalar -> scalar((ScalarEvent) event);
        case MappingStart -> start(event, NODES.objectNode());
        case SequenceStart -> start(event, NODES.arrayNode());
        case MappingEnd, SequenceEnd -> end(event);
        default -> { }
      }
    }

    void count(Mark mark) {
      if (++nodes > limits.maxNodesPerFile()) {
        report(ProblemCode.YAML_TOO_MANY_NODES, mark, pointerHere(), limits.maxNodesPerFile());
        throw new Aborted();
      }
    }

    void checkAnchorAndTag(NodeEvent event, String tag) {
      if (event.getAnchor() != null) {
        report(ProblemCode.YAML_ALIAS, event.getStartMark(), pointerHere(), event.getAnchor());
      }
      if (tag != null) {
        report(ProblemCode.YAML_TAG, event.getStartMark(), pointerHere(), tag);
      }
    }

    void scalar(ScalarEvent event) {
      count(event.getStartMark());
      checkAnchorAndTag(event, event.getTag());
      String raw = event.getValue();
      if (raw.length() > limits.maxStringLength()) {
        report(ProblemCode.YAML_STRING_TOO_LONG, event.getStartMark(), pointerHere(), raw.length(), limits.maxStringLength());
        raw = raw.substring(0, limits.maxStringLength());
      }
      int invisible = firstFormatCharacter(raw);
      if (invisible >= 0) {
        // a zero-width space in 城\u200B镇 makes a second value that looks like the first
        report(ProblemCode.YAML_INVISIBLE_CHARACTER, event.getStartMark(), pointerHere(), "U+%04X".formatted(raw.codePointAt(invisible)));
      }
      Frame top = stack.peek();
      if (top != null && top.node instanceof ObjectNode && top.expectingKey) {
        key(top, raw, event.getStartMark());
        return;
      }
      value(event.isPlain() ? resolvePlain(raw) : NODES.textNode(raw), event.getStartMark(), true);
    }

    void key(Frame top, String key, Mark mark) {
      top.expectingKey = false;
      if (top.discard) {
        top.key = key;
        return;
      }
      String pointer = YamlDocument.child(top.pointer, key);
      if (!top.keys.add(key)) {
        report(ProblemCode.YAML_DUPLICATE_KEY, mark, pointer, key);
        top.skipValue = true;
        top.key = key;
        return;
      }
      top.key = key;
      positions.put(pointer, new int[] {mark.getLine() + 1, mark.getColumn() + 1});
    }

    /** The pointer a new child of the top frame gets, recording its position when it is an item. */
    String childPointer(Mark mark) {
      Frame top = stack.peek();
      if (top == null) {
        positions.put("", new int[] {mark.getLine() + 1, mark.getColumn() + 1});
        return "";
      }
      if (top.node instanceof ArrayNode) {
        String pointer = YamlDocument.child(top.pointer, top.index);
        positions.put(pointer, new int[] {mark.getLine() + 1, mark.getColumn() + 1});
        return pointer;
      }
      return YamlDocument.child(top.pointer, top.key == null ? "" : top.key);
    }

    /** Attaches a finished node to its parent; {@code scalar} nodes record their position here,
     * collections did so when they started. */
    void value(JsonNode node, Mark mark, boolean scalar) {
      Frame top = stack.peek();
      if (top != null && top.discard) {
        top.expectingKey = true;
        return;
      }
      if (top == null) {
        if (scalar) {
          childPointer(mark);
        }
        root = node;
        return;
      }
      if (top.node instanceof ArrayNode array) {
        if (scalar) {
          childPointer(mark);
        }
        array.add(node);
        top.index++;
        return;
      }
      ObjectNode object = (ObjectNode) top.node;
      if (!top.skipValue && top.key != null) {
        object.set(top.key, node);
      }
      top.skipValue = false;
      top.expectingKey = true;
      top.key = null;
    }

    void start(Event event, JsonNode node) {
      CollectionStartEvent start = (CollectionStartEvent) event;
      count(event.getStartMark());
      checkAnchorAndTag(start, start.getTag());
      Frame top = stack.peek();
      boolean discard = top != null && top.discard;
      if (top != null && top.node instanceof ObjectNode && top.expectingKey) {
        report(ProblemCode.YAML_COMPLEX_KEY, event.getStartMark(), top.pointer);
        top.expectingKey = false;
        top.skipValue = true;
        discard = true;
      }
      if (stack.size() >= limits.maxDepth()) {
        report(ProblemCode.YAML_TOO_DEEP, event.getStartMark(), pointerHere(), limits.maxDepth());
        throw new Aborted();
      }
      String pointer = discard ? "" : childPointer(event.getStartMark());
      stack.push(new Frame(node, pointer, discard));
    }

    void end(Event event) {
      Frame done = stack.pop();
      if (done.discard && !stack.isEmpty() && stack.peek().discard) {
        return;
      }
      Frame parent = stack.peek();
      if (done.discard && parent != null && parent.node instanceof ObjectNode && parent.skipValue && parent.key == null) {
        // a complex key has ended: its value follows and is skipped
        return;
      }
      value(done.node, event.getStartMark(), false);
    }
  }

  private static JsonNode resolvePlain(String raw) {
    if (NULL.matcher(raw).matches()) {
      return NODES.nullNode();
    }
    if (TRUE.matcher(raw).matches()) {
      return NODES.booleanNode(true);
    }
    if (FALSE.matcher(raw).matches()) {
      return NODES.booleanNode(false);
    }
    if (raw.length() <= 40 && INT.matcher(raw).matches()) {
      BigInteger value = new BigInteger(raw.startsWith("+") ? raw.substring(1) : raw);
      return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }
    if (raw.length() <= 40 && FLOAT.matcher(raw).matches() && raw.chars().anyMatch(Character::isDigit)) {
      BigDecimal value = new BigDecimal(raw.startsWith("+") ? raw.substring(1) : raw);
      // 1e999999999 is short, but its plain form has a billion digits: such a number stays text
      // (and fails its schema type) so that nothing ever prints or compares it in full
      if (Math.abs(value.scale()) <= 64) {
        return NODES.numberNode(value);
      }
    }
    return NODES.textNode(raw);
  }
}
