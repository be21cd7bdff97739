package io.github.tongban.present;

import static io.github.tongban.present.GuideMarkdownTests.PARSER;
import static io.github.tongban.present.GuideMarkdownTests.assertRendersAsTyped;
import static io.github.tongban.present.GuideMarkdownTests.plainText;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.Channels;
import io.github.tongban.core.model.Complaint;
import io.github.tongban.core.model.Consult;
import io.github.tongban.core.model.Faq;
import io.github.tongban.core.model.ItemResult;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.Remedies;
import io.github.tongban.core.model.ResultType;
import io.github.tongban.core.model.ServiceItem;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide shows each element of the implementation list (issue 14) where an applicant or a clerk
 * looks for it, in Chinese and in English, from an item that sets them all
 * ({@code guide-elements/620300-MZ-901.yaml}); catalogue text in those elements never becomes markup
 * or a link, whatever it holds.
 */
class GuideElementsTests {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @TempDir
  static Path dir;

  static Catalogue catalogue;
  static ServiceItem item;

  @BeforeAll
  static void load() throws IOException {
    catalogue = FullItem.catalogue(dir);
    item = catalogue.item(FullItem.CODE, DAY).orElseThrow();
  }

  /** One element as the Markdown guide shows it, in Chinese and in English. */
  record Shown(String element, String zh, String en) {}

  static final List<Shown> SHOWN = List.of(
      new Shown("status notice", "**本事项暂停办理**:暂停期间不对申请作出决定。本事项计划于 2027-12-31 取消。\n",
          "**This item is suspended**: no application is decided while it is. It is planned to be cancelled on 2027-12-31.\n"),
      new Shown("basic code", "| 基本编码 | 000105001000 |", "| Basic code | 000105001000 |"),
      new Shown("implementation code", "| 实施编码 | 1162030201391036404000105001000 |",
          "| Implementation code | 1162030201391036404000105001000 |"),
      new Shown("handling item code", "| 业务办理项编码 | 116203020139103640400010500100001 |",
          "| Handling item code | 116203020139103640400010500100001 |"),
      new Shown("status", "| 事项状态 | 暂停,计划于 2027-12-31 取消 |", "| Item status | suspended, planned to be cancelled on 2027-12-31 |"),
      new Shown("service objects", "| 服务对象 | 自然人、其他组织 |", "| Who may apply | natural person, other organisation |"),
      new Shown("authority nature", "| 实施主体性质 | 受委托组织 |", "| Nature of the implementing body | entrusted organisation |"),
      new Shown("entrusting body", "| 委托部门 | 县(区)民政局 |", "| Entrusted by | 县(区)民政局 |"),
      new Shown("power source", "| 权力来源 | 上级下放 |", "| Source of the power | delegated by a higher level |"),
      new Shown("joint agencies", "| 联办机构 | 县(区)残疾人联合会、县(区)公安局 |", "| Bodies handling it jointly | 县(区)残疾人联合会, 县(区)公安局 |"),
      new Shown("accept level", "| 受理层级 | 乡级 |", "| Level that receives applications | township level |"),
      new Shown("pre-review level", "| 初审层级 | 乡级 |", "| Level that pre-reviews | township level |"),
      new Shown("approve level", "| 审批层级 | 县级 |", "| Level that decides | county level |"),
      new Shown("project type", "| 办件类型 | 联办件 |", "| Kind of case | joint item |"),
      new Shown("online depth", "| 网上办理深度 | 预审 |", "| How far it goes online | pre-reviewed online |"),
      new Shown("online address", "| 网办地址(电脑端) | https://example.org/apply |", "| Online address (computer) | https://example.org/apply |"),
      new Shown("mobile address", "| 网办地址(移动端) | https://example.org/m/apply |",
          "| Online address (mobile phone) | https://example.org/m/apply |"),
      new Shown("quantity limit", "| 数量限制 | 无数量限制 |", "| Limit on the number granted | 无数量限制 |"),
      new Shown("setting basis", "## 法律依据\n\n### 设定依据\n\n- 《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》第二条第(一)项\n",
          "## Legal bases\n\n### Basis that sets the item up\n\n- 《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》第二条第(一)项\n"),
      new Shown("implementing basis", "### 实施依据\n\n- 《甘肃省困难残疾人生活补贴实施办法》第五条\n",
          "### Basis for implementing it\n\n- 《甘肃省困难残疾人生活补贴实施办法》第五条\n"),
      new Shown("supervising basis", "### 监管依据\n\n- 《社会救助暂行办法》第五十七条\n", "### Basis for supervising it\n\n- 《社会救助暂行办法》第五十七条\n"),
      new Shown("basis of no stated kind", "### 其他依据\n\n- 《残疾人残疾分类和分级》第四条\n", "### Other bases\n\n- 《残疾人残疾分类和分级》第四条\n"),
      new Shown("scenario code", "**本人申请**(情形编码 01):适用于", "**本人申请** (scenario code 01): applies when"),
      new Shown("paper size", "| 复印件 2 份,纸质规格 A4 |", "| photocopy, 2 copies, on A4 paper |"),
      new Shown("issuer", "| 政府部门核发;出具单位:乡镇人民政府(街道办事处) |", "| issued by a government body; issuer: 乡镇人民政府(街道办事处) |"),
      new Shown("credit deferral", "| 可信用后补(告知承诺) |", "| may be handed in later on a written commitment, for an applicant of good credit |"),
      new Shown("material basis and acceptance standard", "| 要求提供的依据:《甘肃省困难残疾人生活补贴实施办法》第五条;受理标准:加盖出具单位公章 |",
          "| required by 《甘肃省困难残疾人生活补贴实施办法》第五条; accepted when: 加盖出具单位公章 |"),
      new Shown("deferral excluded", "\n以下情形不适用容缺受理和信用后补:严重失信主体:是\n",
          "\nNo material may be handed in later (deferral or written commitment) when: 严重失信主体: yes\n"),
      new Shown("special procedure not counted", "### 特别程序\n\n- **公示**:最长 7 个自然日;不计入法定时限,办结期限相应顺延;依据:《社会救助暂行办法》第五十七条;不收费\n",
          "### Special procedures\n\n- **public notice**: at most 7 calendar days; not counted in the statutory limit, so the due date moves by the time "
              + "it takes; basis: 《社会救助暂行办法》第五十七条; free of charge\n"),
      new Shown("special procedure counted", "- **入户调查**:最长 1 个工作日;计入法定时限;收费(依据:《甘肃省困难残疾人生活补贴实施办法》第五条)\n",
          "- **入户调查**: at most 1 working day; counted in the statutory limit; charged for (basis: 《甘肃省困难残疾人生活补贴实施办法》第五条)\n"),
      new Shown("fee relief", "10 元(依据:《甘肃省困难残疾人生活补贴实施办法》第五条)。可以减免(依据:低保对象免收)。\n",
          "10 yuan (basis: 《甘肃省困难残疾人生活补贴实施办法》第五条). May be reduced or waived (basis: 低保对象免收).\n"),
      new Shown("result", "## 审批结果\n\n- 结果类型:证照\n- 结果名称:困难残疾人生活补贴核定通知书\n- 结果样本:https://example.org/sample.pdf\n"
          + "- 进入电子证照库,办理其他事项时无需再提交\n",
          "## Result\n\n- Kind of result: licence or certificate\n- Name: 困难残疾人生活补贴核定通知书\n- Sample: https://example.org/sample.pdf\n"
              + "- Goes into the e-licence library: other items need not ask for it again\n"),
      new Shown("appointment", "## 办理渠道与便民服务\n\n- 支持预约办理,每日可预约 50 个;预约规则:提前一个工作日预约\n",
          "## Channels and conveniences\n\n- Appointments can be made, 50 a day; rules: 提前一个工作日预约\n"),
      new Shown("online payment", "- 支持网上缴费\n", "- Fees can be paid online\n"),
      new Shown("express", "- 物流快递:申请材料可快递寄送;办理结果不提供快递送达\n",
          "- Express delivery: materials may be sent in by express; the result is not sent by express\n"),
      new Shown("self-service terminal", "- 可在自助终端办理\n", "- Can be handled at a self-service terminal\n"),
      new Shown("why on site", "- 必须到现场办理的原因:需本人现场签字确认\n", "- Why it must be done in person: 需本人现场签字确认\n"),
      new Shown("consult and complaint", "### 咨询与监督投诉\n\n| 地区 | 咨询方式 | 监督投诉方式 |\n|---|---|---|\n"
          + "| 金川区 | 窗口:综合受理3号窗口;电话:0935-8212346;网址:https://example.org/ask;信件:金川区新华路1号 "
          + "| 电话:12345;网址:https://example.org/complain;信件:金川区纪委监委 |\n\n",
          "### Enquiries and complaints\n\n| Region | Enquiries | Complaints |\n|---|---|---|\n"
              + "| 金川区 | window: 综合受理3号窗口; phone: 0935-8212346; online: https://example.org/ask; by letter: 金川区新华路1号 "
              + "| phone: 12345; online: https://example.org/complain; by letter: 金川区纪委监委 |\n\n"),
      new Shown("review and litigation", "### 行政复议与行政诉讼\n\n| 地区 | 行政复议 | 行政诉讼 |\n|---|---|---|\n"
          + "| 金川区 | 金川区人民政府;地址:金川区新华路2号;电话:0935-8210000 | 金川区人民法院 |\n\n",
          "### Administrative review and litigation\n\n| Region | Administrative review | Administrative litigation |\n|---|---|---|\n"
              + "| 金川区 | 金川区人民政府; address: 金川区新华路2号; phone: 0935-8210000 | 金川区人民法院 |\n\n"),
      new Shown("rights and duties", "## 申请人权利和义务\n\n### 权利\n\n- 依法获得生活补贴\n- 对决定不服的可以申请行政复议\n\n### 义务\n\n- 如实提供材料\n",
          "## Rights and duties of the applicant\n\n### Rights\n\n- 依法获得生活补贴\n- 对决定不服的可以申请行政复议\n\n### Duties\n\n- 如实提供材料\n"),
      new Shown("faq", "## 常见问题\n\n- 可以由家属代为申请吗?答:可以,需提供代办人身份证。\n",
          "## Frequently asked questions\n\n- 可以由家属代为申请吗? Answer: 可以,需提供代办人身份证。\n"),
      new Shown("topics", "## 主题分类\n\n- 面向自然人:社会救助、残疾人服务\n- 面向法人:公益慈善\n- 人生事件:生活困难\n",
          "## Topics\n\n- For natural persons: 社会救助, 残疾人服务\n- For legal persons: 公益慈善\n- Life events: 生活困难\n"));

  @TestFactory
  Stream<DynamicTest> aFullyFilledItemsGuideShowsEachElement() {
    String zh = Guides.guide(catalogue, item, DAY, Language.ZH).markdown();
    String en = Guides.guide(catalogue, item, DAY, Language.EN).markdown();
    return SHOWN.stream().map(s -> DynamicTest.dynamicTest(s.element(), () -> {
      assertThat(zh).as("zh-CN").contains(s.zh());
      assertThat(en).as("en").contains(s.en());
    }));
  }

  @Test
  void theSectionsComeWhereAnApplicantLooksForThem() {
    String zh = Guides.guide(catalogue, item, DAY, Language.ZH).markdown();
    List<String> headings = zh.lines().filter(l -> l.startsWith("## ")).toList();
    assertThat(headings).containsExactly("## 法律依据", "## 受理条件", "## 办理情形", "## 申请材料", "## 办理流程", "## 办结时限", "## 收费标准",
        "## 审批结果", "## 送达方式", "## 办理渠道与便民服务", "## 各地办理机关与联系方式", "## 申请人权利和义务", "## 常见问题", "## 主题分类");
    assertThat(zh.indexOf("| 基本编码 |")).isBetween(zh.indexOf("| 事项编码 |"), zh.indexOf("| 事项类型 |"));
  }

  @Test
  void theEnglishGuideOfAFullyFilledItemIsEnglishButForTheCataloguesOwnText() {
    List<String> own = GuideLanguageTests.catalogueText(catalogue, item);
    for (String text : GuideLanguageTests.texts(Guides.guide(catalogue, item, DAY, Language.EN))) {
      assertThat(GuideLanguageTests.without(text, own)).as(text).doesNotContainPattern(GuideLanguageTests.CHINESE);
    }
    for (String text : GuideLanguageTests.texts(Guides.guide(catalogue, item, DAY, Language.ZH))) {
      assertThat(GuideLanguageTests.without(text, own).replace("tongban", "")).as(text).doesNotContainPattern(GuideLanguageTests.ENGLISH_WORD);
    }
  }

  @Test
  void aFullyFilledItemsGuideRendersAsTyped() {
    for (Language language : Language.values()) {
      assertRendersAsTyped(Guides.guide(catalogue, item, DAY, language));
    }
  }

  @Test
  void aCancelledItemOrAPlannedCancellationIsSaidUnderTheTitle(@TempDir Path other) throws IOException {
    Catalogue cancelled = FullItem.catalogue(other, y -> y.replace("status: suspended", "status: cancelled"));
    Doc doc = Guides.guide(cancelled, cancelled.item(FullItem.CODE, DAY).orElseThrow(), DAY, Language.EN);
    assertThat(doc.markdown()).contains("\n**This item is cancelled**: it is no longer handled.\n").contains("| Item status | cancelled |");
    assertThat(doc.html(Language.EN)).contains("<p><strong>This item is cancelled</strong>: it is no longer handled.</p>");
    ServiceItem planned = with(item, "status", ItemStatus.IN_USE);
    assertThat(Guides.guide(catalogue, planned, DAY, Language.ZH).markdown())
        .contains("\n**本事项计划于 2027-12-31 取消**。\n").contains("| 事项状态 | 在用,计划于 2027-12-31 取消 |");
  }

  /** Catalogue text that would be markup, a link or a script if a renderer trusted it. */
  static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "[点此办理](javascript:alert(1))", "![x](http://evil.example/x.png)",
      "<img src=x onerror=alert(1)>", "| a | b |", "**粗** `x`", "- x", "# x", "1. x", "http://evil.example/\"><b>x</b>", "javascript:alert(1)");

  @Test
  void hostileTextInTheNewElementsRendersAsTypedAndNeverAsMarkupOrALink(@TempDir Path other) throws IOException {
    String hostile = String.join(" ", HOSTILE);
    Catalogue loaded = FullItem.catalogue(other, y -> y
        .replace("    answer: 可以,需提供代办人身份证。", "    answer: " + quoted("可以。" + hostile))
        .replace("    question: 可以由家属代为申请吗?", "    question: " + quoted("<script>alert(1)</script>?"))
        .replace("  rights: [依法获得生活补贴, 对决定不服的可以申请行政复议]", "  rights: [" + quoted(hostile) + "]")
        .replace("  lifeEvents: [生活困难]", "  lifeEvents: [" + quoted("[生活困难](http://evil.example)") + "]")
        .replace("  onSiteReason: 需本人现场签字确认", "  onSiteReason: " + quoted(hostile))
        .replace("    acceptStandard: 加盖出具单位公章", "    acceptStandard: " + quoted(hostile))
        .replace("quantityLimit: 无数量限制", "quantityLimit: " + quoted(hostile))
        .replace("    name: 入户调查", "    name: " + quoted("**入户** <i>调查</i>")));
    // what the schema refuses (a URL that is not https, a phone that is not one) the renderer must not trust either
    ServiceItem base = loaded.item(FullItem.CODE, DAY).orElseThrow();
    Channels channels = base.channels().orElseThrow();
    Channels.OnlineUrl urls = new Channels.OnlineUrl(Optional.of("javascript:alert(1)"), Optional.of("http://evil.example/\"><script>x</script>"));
    LocalInfo jinchuan = base.local().get("620302");
    LocalInfo local = new LocalInfo(jinchuan.authorityName(), jinchuan.address(), Optional.of("<b>0935</b>"), jinchuan.hours(), jinchuan.window(),
        Optional.of(new Consult(Optional.of("# 窗口"), Optional.of("0935-8212346\n# 注入"), Optional.of("javascript:alert(1)"), Optional.of(hostile))),
        Optional.of(new Complaint(Optional.of("[12345](tel:12345)"), Optional.of("http://evil.example/<script>"), Optional.empty())),
        Optional.of(new Remedies(Optional.of(new Remedies.Remedy(hostile, Optional.of("<b>地址</b>"), Optional.of("| 0935 |"))), Optional.empty())));
    ServiceItem item = with(with(with(with(base,
        "channels", Optional.of(new Channels(channels.appointment(), true, channels.express(), true, channels.onSiteReason(), Optional.of(urls)))),
        "local", Map.of("620302", local)),
        "result", Optional.of(new ItemResult(ResultType.LICENCE, Optional.of(hostile), Optional.of("javascript:alert(1)"), true))),
        "faq", List.of(new Faq("<script>alert(1)</script>?", "可以。" + hostile), new Faq(hostile, "\n- 不可以\n# 标题")));
    for (Language language : Language.values()) {
      Doc guide = Guides.guide(loaded, item, DAY, language);
      assertRendersAsTyped(guide);
      Node markdown = PARSER.parse(guide.markdown());
      assertThat(markup(markdown)).as("links, images and raw HTML in the Markdown").isEmpty();
      assertThat(plainText(markdown)).contains(hostile).contains("javascript:alert(1)").contains("http://evil.example/\"><script>x</script>");
      String html = guide.html(language);
      String body = html.substring(html.indexOf("<main>"));
      assertThat(body).doesNotContain("<script").doesNotContain("<img").doesNotContain("<a ").doesNotContain("<b>").doesNotContain("<i>")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("javascript:alert(1)");
    }
  }

  /** The links, images and raw HTML a Markdown document holds. */
  private static List<String> markup(Node document) {
    List<String> found = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        found.add("link " + link.getDestination());
      }

      @Override
      public void visit(Image image) {
        found.add("image " + image.getDestination());
      }

      @Override
      public void visit(HtmlInline html) {
        found.add("html " + html.getLiteral());
      }

      @Override
      public void visit(HtmlBlock html) {
        found.add("html block " + html.getLiteral());
      }
    });
    return found;
  }

  /** {@code record} with its component {@code name} set to {@code value}, every other component the same. */
  static <R extends Record> R with(R record, String name, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        found |= components[i].getName().equals(name);
        args[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(record);
      }
      assertThat(found).as(record.getClass().getSimpleName() + " has a component " + name).isTrue();
      @SuppressWarnings("unchecked")
      R copy = (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot copy " + record.getClass().getSimpleName(), e);
    }
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
