package io.github.tongban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.cli.CliTests.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is wrong with a facts file or a residents file is said in the run's language, naming the place. */
class InputMessagesTests {
  static final String CJK = ".*[\\u4e00-\\u9fff].*";

  @Test
  void aFactsFileThatIsNotRightIsAUsageErrorInTheRunsLanguage(@TempDir Path dir) throws IOException {
    Path twice = Files.writeString(dir.resolve("twice.json"), "{\"age\": 70, \"age\": 90}");
    Run zh = CliTests.run("decide", "--item", "620300-MZ-002", "--facts", twice.toString());
    assertThat(zh.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(zh.err()).contains("--facts 文件 " + twice).contains("JSON 中有重复的键").doesNotContain("duplicate");
    Run en = CliTests.run("decide", "--item", "620300-MZ-002", "--facts", twice.toString(), "--lang", "en");
    assertThat(en.err()).contains("--facts " + twice + ": body: the JSON has a duplicate key");

    Path list = Files.writeString(dir.resolve("list.json"), "{\"age\": [70]}");
    assertThat(CliTests.run("decide", "--item", "620300-MZ-002", "--facts", list.toString(), "--lang", "en").err())
        .as("the field is named").contains(": age: the value must be text, a number or true/false");
    assertThat(CliTests.run("decide", "--item", "620300-MZ-002", "--facts", list.toString()).err()).contains(":age:值须为文本、数字或 true/false");

    Path missing = dir.resolve("missing.json");
    assertThat(CliTests.run("decide", "--item", "620300-MZ-002", "--facts", missing.toString()).err()).contains("无法读取 --facts 文件 " + missing);
    assertThat(CliTests.run("decide", "--item", "620300-MZ-002", "--facts", missing.toString(), "--lang", "en").err())
        .contains("cannot read --facts " + missing);
  }

  @Test
  void screeningSaysWhatItSkippedInTheRunsLanguage(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("r.csv"), "id,age,householdRegion\nc1,90,620302001001\nc2,\"81,620321001001\nc3,1\nc4,old,620302001001\n");
    Run zh = CliTests.run("screen", "--items", "620300-MZ-002", "--residents", csv.toString(), "--date", "2026-03-02");
    assertThat(zh.exit()).as("rows were skipped").isEqualTo(ExitCodes.FAILURE);
    assertThat(zh.err().lines()).containsExactly("第 3 行无法读取:引号未闭合,已跳过", "第 4 行无法读取:有 2 个单元格,表头有 3 个,已跳过",
        zh.err().lines().filter(l -> l.startsWith("第 5 行(c4):age:")).findFirst().orElse("no line 5"),
        "居民 2 人(跳过 1 行,格式错误 2 行);符合条件 1,不符合 0,需补充信息 0", "620300-MZ-002 读取:householdRegion、age、agentApplies");
    Run en = CliTests.run("screen", "--items", "620300-MZ-002", "--residents", csv.toString(), "--date", "2026-03-02", "--lang", "en");
    assertThat(en.err().lines()).hasSize(5).noneMatch(l -> l.matches(CJK));
    assertThat(en.err()).contains("line 3 cannot be read: an unclosed quote; skipped").contains("line 4 cannot be read: 2 cells, the header has 3; skipped")
        .contains("line 5 (c4): age: ").contains("2 residents (1 skipped, 2 malformed lines); eligible 1, ineligible 0, needs info 0");

    assertThat(CliTests.run("screen", "--items", "NOPE", "--residents", csv.toString()).err()).contains("事项目录中没有事项 NOPE");
    assertThat(CliTests.run("screen", "--items", "NOPE", "--residents", csv.toString(), "--lang", "en").err()).contains("the catalogue has no item NOPE");
    Path txt = Files.writeString(dir.resolve("r.txt"), "");
    assertThat(CliTests.run("screen", "--items", "620300-MZ-002", "--residents", txt.toString()).err()).contains("--residents 须为 .jsonl 或 .csv 文件");
  }
}
