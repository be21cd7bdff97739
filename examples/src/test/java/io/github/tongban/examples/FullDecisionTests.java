package io.github.tongban.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FullDecisionTests {
  @Test
  void printsTheWholeDecision() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      FullDecision.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("结论:符合条件")
        .contains("居民身份证:免提交,由公安部门居民身份证电子证照提供")
        .contains("社会保障卡或本人银行账户:可容缺,最迟 2026-02-26 补交")
        .contains("受理:可受理,异地代收代办(城关镇便民服务中心)")
        .contains("办理机关:金川区民政局")
        .contains("2026-02-26 前办结");
  }
}
