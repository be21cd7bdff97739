package io.github.tongban.core.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strict reading: hostile YAML is refused with a located problem, quickly, and without a
 * StackOverflowError or OutOfMemoryError. The timeouts below guard against hangs; they are not
 * performance measurements (those live in the benchmarks).
 */
class StrictYamlReaderTests {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60); // a guard against a hang, not a timing: the cap refuses in milliseconds

  private record Outcome(Optional<YamlDocument> doc, List<Problem> problems) {
    ProblemCode firstCode() {
      return problems.get(0).code();
    }
  }

  private static Outcome read(String yaml) {
    return read(yaml.getBytes(StandardCharsets.UTF_8), LoadLimits.DEFAULTS);
  }

  private static Outcome read(byte[] bytes, LoadLimits limits) {
    Problems problems = new Problems();
    Optional<YamlDocument> doc = assertTimeoutPreemptively(HANG_GUARD,
        () -> new StrictYamlReader(limits).read("f.yaml", bytes, problems));
    return new Outcome(doc, problems.toList());
  }

  @Test
  void tenThousandDeepFlowNestingIsRefused() {
    String yaml = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    Outcome out = read(yaml);
    assertThat(out.doc()).isEmpty();
    assertThat(out.firstCode()).isEqualTo(ProblemCode.YAML_TOO_DEEP);
    assertThat(out.problems().get(0).location().line()).isEqualTo(1);
  }

  @Test
  void thousandDeepBlockNestingIsRefused() {
    // block nesting needs indentation, so 10,000 levels would be a 50 MB file (refused by size);
    // 1,000 levels stay under the size cap and reach the depth cap
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      yaml.append(" ".repeat(i)).append("k:\n");
    }
    Outcome out = read(yaml.toString());
    assertThat(out.doc()).isEmpty();
    assertThat(out.problems()).extracting(Problem::code).contains(ProblemCode.YAML_TOO_DEEP);
  }

  @Test
  void aliasBombIsRefusedAtItsFirstAnchor() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      String prev = "*a" + (i - 1);
      yaml.append("a").append(i).append(": &a").append(i).append(" [")
          .append(String.join(",", java.util.Collections.nCopies(9, prev))).append("]\n");
    }
    Outcome out = read(yaml.toString());
    assertThat(out.doc()).isEmpty();
    assertThat(out.firstCode()).isEqualTo(ProblemCode.YAML_ALIAS);
    assertThat(out.problems().get(0).location().line()).isEqualTo(1);
    assertThat(out.problems()).as("reporting stops at the per-file cap").hasSizeLessThanOrEqualTo(LoadLimits.DEFAULTS.maxProblemsPerFile() + 1);
  }

  @Test
  void fiftyMegabyteFileIsRefusedBeforeParsing() {
    byte[] huge = new byte[50 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    Outcome out = read(huge, LoadLimits.DEFAULTS);
    assertThat(out.doc()).isEmpty();
    assertThat(out.firstCode()).isEqualTo(ProblemCode.YAML_FILE_TOO_LARGE);
  }

  @Test
  void hugeScalarIsRefused() {
    Outcome out = read("name: " + "x".repeat(LoadLimits.DEFAULTS.maxStringLength() + 1) + "\n");
    assertThat(out.doc()).isEmpty();
    assertThat(out.firstCode()).isEqualTo(ProblemCode.YAML_STRING_TOO_LONG);
  }

  @Test
  void duplicateKeysAreRefusedAtEveryLevel() {
    Outcome out = read("a:\n  b: 1\n  b: 2\nc: [ {d: 1, d: 2} ]\na: 3\n");
    assertThat(out.doc()).isEmpty();
    assertThat(out.problems()).extracting(p -> p.code().code() + "@" + p.location().line() + ":" + p.location().pointer())
        .containsExactly("yaml.duplicate-key@3:/a/b", "yaml.duplicate-key@4:/c/0/d", "yaml.duplicate-key@5:/a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!binary aGVsbG8=", "!!java.net.URL [http://example.org]", "!!javax.script.ScriptEngineManager []", "!custom x", "!!str text"})
  void explicitTagsAreRefused(String value) {
    Outcome out = read("a: " + value + "\n");
    assertThat(out.doc()).isEmpty();
    assertThat(out.firstCode()).isEqualTo(ProblemCode.YAML_TAG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "off", "y", "n", "Yes", "NO", "On"})
  void norwayBooleansStayText(String word) {
    JsonNode root = read("a: " + word + "\n").doc().orElseThrow().root();
    assertThat(root.get("a").isTextual()).isTrue();
    assertThat(root.get("a").asText()).isEqualTo(word);
  }

  @Test
  void plainScalarsAreTypedByTheYaml12CoreSchema() {
    JsonNode root = read("t: true\nf: False\ni: 42\nneg: -7\nd: 760.50\nz: ~\ne:\ns: '42'\ndate: 2026-01-01\noct: 0o17\nhex: 0x1F\nbig: 123456789012345678901234567890\n")
        .doc().orElseThrow().root();
    assertThat(root.get("t").booleanValue()).isTrue();
    assertThat(root.get("f").booleanValue()).isFalse();
    assertThat(root.get("i").intValue()).isEqualTo(42);
    assertThat(root.get("neg").intValue()).isEqualTo(-7);
    assertThat(root.get("d").decimalValue()).isEqualByComparingTo("760.50");
    assertThat(root.get("z").isNull()).isTrue();
    assertThat(root.get("e").isNull()).isTrue();
    assertThat(root.get("s").isTextual()).isTrue();
    assertThat(root.get("date").isTextual()).as("no YAML 1.1 timestamps").isTrue();
    assertThat(root.get("oct").isTextual()).isTrue();
    assertThat(root.get("hex").isTextual()).isTrue();
    assertThat(root.get("big").bigIntegerValue()).hasToString("123456789012345678901234567890");
  }

  @Test
  void numbersWithAbsurdExponentsStayText() {
    JsonNode root = read("a: 1e999999999\nb: 1.5e3\n").doc().orElseThrow().root();
    assertThat(root.get("a").isTextual()).as("never expanded to a billion digits").isTrue();
    assertThat(root.get("b").decimalValue()).isEqualByComparingTo("1500");
  }

  @Test
  void quarterMillionNodesAreRefusedAtTheDefaultCap() {
    String yaml = "a: [" + "1,".repeat(250_000) + "1]\n";
    Outcome out = read(yaml);
    assertThat(out.doc()).isEmpty();
    assertThat(out.firstCode()).isEqualTo(ProblemCode.YAML_TOO_MANY_NODES);
  }

  @Test
  void byteOrderMarkAndMixedLineEndingsAreAccepted() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "a: 1\r\nb: 2\rc: 3\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    Outcome out = read(bytes, LoadLimits.DEFAULTS);
    JsonNode root = out.doc().orElseThrow().root();
    assertThat(root.get("c").intValue()).isEqualTo(3);
    assertThat(out.doc().get().locate("/c").line()).isEqualTo(3);
  }

  @Test
  void invalidUtf8IsLocated() {
    byte[] bytes = "a: 1\nb: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    Outcome out = read(bytes, LoadLimits.DEFAULTS);
    assertThat(out.firstCode()).isEqualTo(ProblemCode.YAML_ENCODING);
    assertThat(out.problems().get(0).location().line()).isEqualTo(2);
    assertThat(out.problems().get(0).location().column()).isEqualTo(4);
  }

  @Test
  void controlCharactersAreASyntaxProblem() {
    Outcome out = read("a: \u0007bell\n");
    assertThat(out.firstCode()).isEqualTo(ProblemCode.YAML_SYNTAX);
  }

  @Test
  void positionsPointAtKeysAndItems() {
    YamlDocument doc = read("a:\n  - x: 1\n    y: 2\n  - z: 3\n").doc().orElseThrow();
    assertThat(doc.locate("/a").line()).isEqualTo(1);
    assertThat(doc.locate("/a/0").line()).isEqualTo(2);
    assertThat(doc.locate("/a/0/y").line()).isEqualTo(3);
    assertThat(doc.locate("/a/1").line()).isEqualTo(4);
    assertThat(doc.locate("/a/1/missing").line()).as("nearest ancestor").isEqualTo(4);
  }
}
