package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown of a guide or an index is CommonMark (with GitHub's tables and strikethrough) that
 * renders as typed: parsed by a CommonMark library, every heading, paragraph, list item and table
 * cell shows exactly the text the document holds, with no stray backslash and no markup made from
 * catalogue text.
 */
class GuideMarkdownTests {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create(), StrikethroughExtension.create())).build();

  /** Text that CommonMark would read as syntax if it were written raw. */
  static final List<String> HOSTILE = List.of("1. x", "# x", "<b>粗</b>", "a\\b\\", "a | b", "*a*", "- x", "+ x", "= x", "2) y",
      "`code`", "[link](http://x)", "~~del~~", "_u_", "&amp;", "![img](x)", "> quote", "    indented", "**", "\\620300-CL-001", "1 次");

  @Test
  void everyGuideOfTheSampleRendersAsTyped() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    for (Language language : Language.values()) {
      for (ServiceItem item : catalogue.itemsInForce(DAY)) {
        assertRendersAsTyped(Guides.guide(catalogue, item, DAY, language));
      }
      assertRendersAsTyped(Guides.index(catalogue, catalogue.itemsInForce(DAY), DAY, language, ".md"));
      assertRendersAsTyped(Reports.html(catalogue, DAY, language));
    }
  }

  @Test
  void noGuideOfTheSampleShowsAStrayBackslash() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    for (ServiceItem item : catalogue.itemsInForce(DAY)) {
      String rendered = plainText(PARSER.parse(Guides.guide(catalogue, item, DAY, Language.ZH).markdown()));
      assertThat(rendered).as(item.code()).doesNotContain("\\");
    }
  }

  @Test
  void hostileCatalogueTextRendersAsTyped(@TempDir Path dir) throws IOException {
    SampleCatalogue.copyTo(dir);
    Path file = dir.resolve("items/620300-MZ-002.yaml");
    String yaml = Files.readString(file);
    String name = "高龄津贴 " + String.join(" ", HOSTILE);
    yaml = yaml.replace("name: 高龄津贴申领", "name: " + quoted(name))
        .replace("department: 民政局", "department: " + quoted("1. 民政局 | <b>"))
        .replace("      text: 年满80周岁", "      text: " + quoted("# 年满80周岁 *a*"))
        .replace("    name: 社会保障卡或本人银行账户", "    name: " + quoted("1. 社会保障卡 | `x` \\"))
        .replace("    notes: 用于按月发放津贴,可容缺后补。", "    notes: " + quoted("- 用于 <b>发放</b> \\1 次"));
    // the item's own review points give way to hostile ones
    yaml = yaml.replaceFirst("(?m)^reviewPoints:\\R(?:  - .*\\R)+", "");
    StringBuilder reviewPoints = new StringBuilder("\nreviewPoints:\n");
    HOSTILE.forEach(text -> reviewPoints.append("  - ").append(quoted(text)).append('\n'));
    Files.writeString(file, yaml + reviewPoints);
    LoadResult loaded = CatalogueLoader.withDefaults().load(dir);
    assertThat(loaded.errors()).isEmpty();
    Catalogue catalogue = loaded.catalogue().orElseThrow();
    ServiceItem item = catalogue.item("620300-MZ-002", DAY).orElseThrow();
    assertThat(item.reviewPoints()).containsAll(HOSTILE);
    for (Language language : Language.values()) {
      Doc guide = Guides.guide(catalogue, item, DAY, language);
      assertRendersAsTyped(guide);
      assertThat(plainText(PARSER.parse(guide.markdown()))).contains(name).contains("1. 社会保障卡 | `x` \\").contains("- 用于 <b>发放</b> \\1 次");
      assertRendersAsTyped(Guides.index(catalogue, List.of(item), DAY, language, ".md"));
    }
  }

  @Test
  void theIndexLinksEveryItemsPage() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    List<ServiceItem> items = catalogue.itemsInForce(DAY);
    Node md = PARSER.parse(Guides.index(catalogue, items, DAY, Language.ZH, ".md").markdown());
    List<String> links = new ArrayList<>();
    md.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Link link) {
        links.add(link.getDestination() + " " + plainText(link));
      }
    });
    assertThat(links).containsExactlyElementsOf(items.stream().map(i -> i.code() + ".md " + i.code()).toList());
    assertThat(Guides.index(catalogue, items, DAY, Language.EN, ".html").html(Language.EN))
        .contains("<a href=\"620300-MZ-002.html\">620300-MZ-002</a>");
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** Every heading, paragraph, list item and table cell of {@code doc} renders as the text it holds. */
  static void assertRendersAsTyped(Doc doc) {
    String markdown = doc.markdown();
    List<String> expected = expectedTexts(doc);
    List<String> actual = new ArrayList<>();
    collect(PARSER.parse(markdown), actual);
    assertThat(actual).as(markdown).containsExactlyElementsOf(expected);
  }

  /** The texts of the document's blocks, in order, as its JSON form holds them. */
  private static List<String> expectedTexts(Doc doc) {
    JsonNode json = doc.json();
    List<String> out = new ArrayList<>();
    out.add(json.get("title").asText().strip());
    for (JsonNode b : json.get("blocks")) {
      switch (b.get("type").asText()) {
        case "heading" -> out.add(b.get("text").asText().strip());
        case "paragraph" -> out.add(spans(b.get("spans")));
        case "list" -> b.get("items").forEach(i -> out.add(spans(i)));
        case "table" -> {
          b.get("header").forEach(h -> out.add(h.asText().strip()));
          b.get("rows").forEach(r -> r.forEach(c -> out.add(spans(c))));
        }
        default -> throw new IllegalStateException(b.toString());
      }
    }
    if (!json.get("footer").asText().isEmpty()) {
      out.add(json.get("footer").asText().strip());
    }
    return out;
  }

  private static String spans(JsonNode spans) {
    StringBuilder text = new StringBuilder();
    spans.forEach(s -> text.append(s.get("text").asText()));
    return text.toString().strip();
  }

  /** The text of each heading, paragraph (in a list item or not) and table cell, in document order. */
  private static void collect(Node node, List<String> out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading || n instanceof Paragraph || n instanceof TableCell || n instanceof HtmlBlock) {
        out.add(plainText(n).strip());
      } else {
        collect(n, out);
      }
    }
  }

  /** The text a reader sees: literal text and code, links and emphasis by their text; raw HTML as written, so it shows as a difference. */
  static String plainText(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof Code c) {
        out.append("[code:").append(c.getLiteral()).append(']');
      } else if (n instanceof HtmlInline h) {
        out.append("[html:").append(h.getLiteral()).append(']');
      } else if (n instanceof HtmlBlock h) {
        out.append("[html:").append(h.getLiteral()).append(']');
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.append("[break]");
      } else if (n instanceof Paragraph && out.length() > 0) {
        out.append(' ').append(plainText(n));
      } else {
        out.append(plainText(n));
      }
    }
    return out.toString();
  }
}
