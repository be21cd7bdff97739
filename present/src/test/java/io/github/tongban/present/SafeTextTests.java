package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** Catalogue text and file names reach no reader raw: no control, escape, bidi override, noncharacter or CI command survives. */
class SafeTextTests {
  private static final String ESC = "\u001B";

  @Test
  void c0AndC1ControlsAreDroppedAndTabsBecomeSpaces() {
    assertThat(SafeText.line("a\u0000b\u0007c\u0008d\u007Fe\u0080f\u0085g\u009Bh\u009Di\tj\u000Bk\u000Cl")).isEqualTo("abcdef g" + "hi j k l");
  }

  @Test
  void csiSequencesAreRemovedWhole() {
    assertThat(SafeText.line("红" + ESC + "[31m字" + ESC + "[0m" + ESC + "[1;4;38;5;196m!")).isEqualTo("红字!");
    assertThat(SafeText.line("clear" + ESC + "[2J" + ESC + "[H screen")).isEqualTo("clear screen");
  }

  @Test
  void aBrokenCsiSwallowsNoText() {
    assertThat(SafeText.line("a" + ESC + "[31中文")).isEqualTo("a中文");
    assertThat(SafeText.line("a" + ESC + "[")).isEqualTo("a");
    assertThat(SafeText.line("a" + ESC)).isEqualTo("a");
  }

  @Test
  void oscSequencesAndHyperlinksAreRemovedKeepingTheirText() {
    String link = ESC + "]8;;https://evil.example/" + ESC + "\\" + "官方网站" + ESC + "]8;;" + ESC + "\\";
    assertThat(SafeText.line(link)).isEqualTo("官方网站");
    assertThat(SafeText.line(ESC + "]0;window title\u0007text")).isEqualTo("text");
    assertThat(SafeText.line(ESC + "]52;c;Y2xpcGJvYXJk" + ESC + "\\x")).as("no clipboard write").isEqualTo("x");
    assertThat(SafeText.line(ESC + "P+q544e" + ESC + "\\ok")).as("DCS").isEqualTo("ok");
    assertThat(SafeText.line("a" + ESC + "]8;;never terminated")).isEqualTo("a");
  }

  @Test
  void otherEscapesDropEscapeAndFinalByte() {
    assertThat(SafeText.line(ESC + "cReset")).isEqualTo("Reset");
    assertThat(SafeText.line(ESC + "(Bx")).isEqualTo("x");
    assertThat(SafeText.line(ESC + "中")).isEqualTo("中");
  }

  @Test
  void bidiOverridesAndIsolatesAreRemoved() {
    assertThat(SafeText.line("abc\u202Efdp.exe")).isEqualTo("abcfdp.exe");
    assertThat(SafeText.line("\u2066x\u2067y\u2068z\u2069\u202A\u202B\u202C\u202D\u200E\u200F\u061C")).isEqualTo("xyz");
  }

  @Test
  void noncharactersAndLoneSurrogatesBecomeTheReplacementCharacter() {
    assertThat(SafeText.line("a\uFFFFb\uFFFEc\uFDD0d\uFDEFe")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    assertThat(SafeText.line("x\uD800y\uDC00z")).isEqualTo("x\uFFFDy\uFFFDz");
    assertThat(SafeText.line("\uD83F\uDFFE")).as("U+1FFFE").isEqualTo("\uFFFD");
    assertThat(SafeText.line("\uD83D\uDE00 𠀀")).as("real supplementary characters stay").isEqualTo("\uD83D\uDE00 𠀀");
  }

  @Test
  void aSingleLineFieldHasNoLineBreak() {
    assertThat(SafeText.line("a\nb\rc\r\nd\u2028e\u2029f\u0085g")).isEqualTo("a b c d e f g");
    assertThat(SafeText.block("a\nb\rc\r\nd\u2028e")).isEqualTo("a\nb\nc\nd\ne");
  }

  @Test
  void catalogueTextCannotStartAGithubCommand() {
    String forged = SafeText.line("名称\n::error file=x,line=1::forged");
    assertThat(forged).doesNotContain("\n").isEqualTo("名称 ::error file=x,line=1::forged");
    assertThat(SafeText.line("::error file=x::forged")).doesNotStartWith("::");
    assertThat(SafeText.line("  \u3000::warning::x")).as("the runner trims leading spaces").doesNotContain("::warning");
    assertThat(SafeText.line("\u001B[0m::error::x")).doesNotContain("::error");
    assertThat(SafeText.block("ok\n  ::error::x\n::stop-commands::t")).doesNotContain("::error").doesNotContain("::stop");
    assertThat(SafeText.line("a ::b")).as("inside a line it is plain text").isEqualTo("a ::b");
  }

  @Test
  void legacyLogCommandsAreDefusedAnywhere() {
    assertThat(SafeText.line("x ##[error]forged")).doesNotContain("##[");
    assertThat(SafeText.line("x ##vso[task.setvariable variable=a]1")).doesNotContain("##vso[");
    assertThat(SafeText.line("## 标题 #1")).isEqualTo("## 标题 #1");
  }

  @Test
  void neutralisingIsIdempotentAndPlainTextIsUntouched() {
    String nasty = "::a\n##[b]\u202E" + ESC + "[31mc\uFFFF\uD800";
    assertThat(SafeText.line(SafeText.line(nasty))).isEqualTo(SafeText.line(nasty));
    assertThat(SafeText.isSafeLine(SafeText.line(nasty))).isTrue();
    String plain = "最低生活保障审核确认 (620300-MZ-001): 月收入 ≤ 810 元";
    assertThat(SafeText.line(plain)).isSameAs(plain);
  }

  @Test
  void theWriterNeutralisesEveryLineAndPassesPromptsOnFlush() throws IOException {
    StringWriter sink = new StringWriter();
    Writer w = SafeText.writer(sink);
    w.write("620300-MZ-001  名称\n::error file=x,line=1::forged | 民政局\n");
    w.write("  ##[warning]x " + ESC + "[31mred" + ESC + "[0m \u202Eabc\n");
    w.write("请输入年龄: ");
    w.flush();
    assertThat(sink.toString()).endsWith("请输入年龄: ");
    w.write("::not a line start\n");
    w.close();
    assertThat(sink.toString().lines()).noneMatch(l -> l.strip().startsWith("::")).noneMatch(l -> l.contains("##["))
        .noneMatch(l -> l.contains(ESC) || l.contains("\u202E"));
    assertThat(sink.toString()).contains("请输入年龄: ::not a line start").contains("red abc");
  }
}
