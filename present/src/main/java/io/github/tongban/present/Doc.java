package io.github.tongban.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A small document (headings, paragraphs, lists, tables of styled text) that renders as
 * CommonMark, as a self-contained HTML page, or as JSON for a page to render. Catalogue text only
 * ever enters as {@link Span} text, which each renderer neutralises and escapes: it never becomes
 * markup, and never starts a line of its own.
 */
public final class Doc {
  /** How a piece of text is shown. */
  public enum Style { PLAIN, STRONG, STRIKE, MUTED, LINK }

  /**
   * A piece of text in one style; a link has the (relative) address it points to.
   *
   * @param text the text, as typed
   * @param style how it is shown
   * @param href where a {@link Style#LINK} points
   */
  public record Span(String text, Style style, Optional<String> href) {
    public Span {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
      Objects.requireNonNull(href, "href");
      if ((style == Style.LINK) != href.isPresent()) {
        throw new IllegalArgumentException("a link, and only a link, has an address: " + text);
      }
    }

    public Span(String text, Style style) {
      this(text, style, Optional.empty());
    }

    /** Plain text. */
    public static Span plain(String text) {
      return new Span(text, Style.PLAIN);
    }

    /** Text that links to {@code href}, a relative address such as {@code 620300-MZ-001.html}. */
    public static Span link(String text, String href) {
      return new Span(text, Style.LINK, Optional.of(href));
    }
  }

  private sealed interface Block permits Heading, Para, Bullets, Table, Raw {}

  private record Heading(int level, String text) implements Block {}

  private record Para(List<Span> spans) implements Block {}

  private record Bullets(List<List<Span>> items) implements Block {}

  private record Table(List<String> header, List<List<List<Span>>> rows) implements Block {}

  /** Trusted HTML made by tongban itself (charts); left out of Markdown. */
  private record Raw(String html) implements Block {}

  private final String title;
  private final List<Block> blocks = new ArrayList<>();
  private String footer = "";

  /** An empty document with this title. */
  public Doc(String title) {
    this.title = title;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** Sets the footer line (the catalogue, its version, and whether its content is illustrative). */
  public Doc footer(String footer) {
    this.footer = footer;
    return this;
  }

  /** A heading one level below the title. */
  public Doc heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  /** A paragraph of spans. */
  public Doc para(Span... spans) {
    blocks.add(new Para(List.of(spans)));
    return this;
  }

  /** A paragraph of plain text. */
  public Doc para(String text) {
    return para(Span.plain(text));
  }

  /** A bulleted list; nothing when {@code items} is empty. */
  public Doc bullets(List<List<Span>> items) {
    if (!items.isEmpty()) {
      blocks.add(new Bullets(List.copyOf(items)));
    }
    return this;
  }

  /** A table with a header row. */
  public Doc table(List<String> header, List<List<List<Span>>> rows) {
    blocks.add(new Table(List.copyOf(header), List.copyOf(rows)));
    return this;
  }

  /** Trusted HTML made by tongban itself (charts); left out of Markdown and JSON. */
  public Doc rawHtml(String html) {
    blocks.add(new Raw(html));
    return this;
  }

  // ------------------------------------------------------------------ Markdown

  /** The document as CommonMark with GitHub's tables and strikethrough. */
  public String markdown() {
    StringBuilder out = new StringBuilder("# ").append(md(title)).append("\n\n");
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        out.append("#".repeat(h.level() + 1)).append(' ').append(md(h.text())).append("\n\n");
      } else if (b instanceof Para p) {
        out.append(md(p.spans())).append("\n\n");
      } else if (b instanceof Bullets l) {
        l.items().forEach(i -> out.append("- ").append(md(i)).append('\n'));
        out.append('\n');
      } else if (b instanceof Table t) {
        out.append("| ").append(String.join(" | ", t.header().stream().map(Doc::md).toList())).append(" |\n");
        out.append("|").append("---|".repeat(t.header().size())).append('\n');
        for (List<List<Span>> row : t.rows()) {
          out.append("| ").append(String.join(" | ", row.stream().map(Doc::md).toList())).append(" |\n");
        }
        out.append('\n');
      }
    }
    if (!footer.isEmpty()) {
      out.append("---\n\n").append(md(footer)).append('\n');
    }
    return out.toString();
  }

  /**
   * Spans as one line of CommonMark. The white space around a span's text is kept between spans
   * (outside any emphasis markers, which may not touch it), and only the line's outer spaces go.
   */
  private static String md(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span s : spans) {
      String flat = SafeText.line(s.text());
      String core = flat.strip();
      if (core.isEmpty()) {
        out.append(flat);
        continue;
      }
      String t = md(core);
      int start = flat.indexOf(core);
      out.append(flat, 0, start).append(switch (s.style()) {
        case STRONG -> emphasisSafe(core) ? "**" + t + "**" : t;
        case MUTED -> emphasisSafe(core) ? "*" + t + "*" : t;
        case LINK -> "[" + t + "](" + href(s.href().orElseThrow()) + ")";
        case STRIKE -> emphasisSafe(core) ? "~~" + t + "~~" : t;
        case PLAIN -> t;
      }).append(flat, start + core.length(), flat.length());
    }
    return out.toString().replaceAll("^ +| +$", "");
  }

  /**
   * Whether emphasis markers around this text are read as emphasis wherever it stands: CommonMark
   * takes {@code **} before punctuation or after it, next to a letter, as literal asterisks.
   */
  private static boolean emphasisSafe(String text) {
    String t = text.strip();
    return t.equals(text) && !t.isEmpty() && !isPunctuation(t.codePointAt(0)) && !isPunctuation(t.codePointBefore(t.length()));
  }

  private static boolean isPunctuation(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
        || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL || (cp < 0x80 && !Character.isLetterOrDigit(cp));
  }

  /**
   * One line of text as CommonMark that renders as exactly that text. Characters that are inline
   * syntax anywhere ({@code \ ` * _ [ ] < > & | ~ #}) are backslash-escaped; so is a character that
   * would start a block at the start of the text ({@code - + = } and the {@code .} or {@code )}
   * after leading digits). CommonMark allows a backslash before any ASCII punctuation and shows
   * it before nothing else, so no stray backslash ever shows.
   */
  public static String md(String text) {
    String flat = SafeText.line(text).strip();
    StringBuilder out = new StringBuilder(flat.length() + 8);
    int digits = 0;
    while (digits < flat.length() && flat.charAt(digits) >= '0' && flat.charAt(digits) <= '9') {
      digits++;
    }
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      boolean lineStart = i == 0 && "-+=".indexOf(c) >= 0;
      boolean orderedList = digits > 0 && i == digits && (c == '.' || c == ')');
      if ("\\`*_[]<>&|~#".indexOf(c) >= 0 || lineStart || orderedList) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String href(String href) {
    return URLEncoder.encode(href, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/").replace("%23", "#");
  }

  // ------------------------------------------------------------------ HTML

  /**
   * The document as a self-contained, printable HTML page in {@code language}: no script at all
   * (the browser's own print prints it), so that it reads the same opened from a file or served
   * under the decision service's policy.
   */
  public String html(Language language) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'\">\n")
        .append("<title>").append(Xml.escape(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>").append(Xml.escape(title)).append("</h1>\n");
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        out.append("<h").append(h.level() + 1).append('>').append(Xml.escape(h.text())).append("</h").append(h.level() + 1).append(">\n");
      } else if (b instanceof Para p) {
        out.append("<p>").append(html(p.spans())).append("</p>\n");
      } else if (b instanceof Bullets l) {
        out.append("<ul>\n");
        l.items().forEach(i -> out.append("<li>").append(html(i)).append("</li>\n"));
        out.append("</ul>\n");
      } else if (b instanceof Table t) {
        out.append("<table>\n<thead><tr>");
        t.header().forEach(h -> out.append("<th>").append(Xml.escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<List<Span>> row : t.rows()) {
          out.append("<tr>");
          row.forEach(cell -> out.append("<td>").append(html(cell)).append("</td>"));
          out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      } else if (b instanceof Raw r) {
        out.append(r.html()).append('\n');
      }
    }
    out.append("<footer>").append(Xml.escape(footer)).append("</footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String html(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span s : spans) {
      if (s.text().isEmpty()) {
        continue;
      }
      String t = Xml.escape(s.text());
      out.append(switch (s.style()) {
        case STRONG -> "<strong>" + t + "</strong>";
        case STRIKE -> "<del>" + t + "</del>";
        case MUTED -> "<span class=\"muted\">" + t + "</span>";
        case LINK -> "<a href=\"" + Xml.escape(href(s.href().orElseThrow())) + "\">" + t + "</a>";
        case PLAIN -> t;
      });
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ JSON

  /**
   * The document as JSON for a page to render with text nodes only: {@code {title, footer,
   * blocks: [{type: heading|paragraph|list|table, ...}]}}, each span {@code {text, style, href?}}.
   */
  public ObjectNode json() {
    ObjectNode root = Json.mapper().createObjectNode().put("title", SafeText.line(title)).put("footer", SafeText.line(footer));
    ArrayNode list = root.putArray("blocks");
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        list.addObject().put("type", "heading").put("level", h.level()).put("text", SafeText.line(h.text()));
      } else if (b instanceof Para p) {
        spans(list.addObject().put("type", "paragraph").putArray("spans"), p.spans());
      } else if (b instanceof Bullets l) {
        ArrayNode items = list.addObject().put("type", "list").putArray("items");
        l.items().forEach(i -> spans(items.addArray(), i));
      } else if (b instanceof Table t) {
        ObjectNode table = list.addObject().put("type", "table");
        t.header().forEach(table.putArray("header")::add);
        ArrayNode rows = table.putArray("rows");
        for (List<List<Span>> row : t.rows()) {
          ArrayNode cells = rows.addArray();
          row.forEach(cell -> spans(cells.addArray(), cell));
        }
      }
    }
    return root;
  }

  private static void spans(ArrayNode out, List<Span> spans) {
    for (Span s : spans) {
      if (s.text().isEmpty()) {
        continue;
      }
      ObjectNode n = out.addObject().put("text", SafeText.line(s.text())).put("style", s.style().name());
      s.href().ifPresent(h -> n.put("href", href(h)));
    }
  }

  private static final String CSS = """
      body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;background:#f4f5f7;color:#1f2328}
      main{max-width:960px;margin:24px auto;background:#fff;padding:24px 32px;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
      h1{font-size:1.6em;border-bottom:2px solid #b3261e;padding-bottom:8px}h2{font-size:1.25em;margin-top:1.6em;color:#b3261e}
      h3{font-size:1.05em}table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
      th{background:#f6f8fa}del{color:#6e7781}.muted{color:#6e7781}strong{color:#b3261e}
      footer{margin-top:2em;font-size:.85em;color:#6e7781;border-top:1px solid #d0d7de;padding-top:8px}
      svg text{font-family:inherit;font-size:12px}
      @media print{body{background:#fff}main{box-shadow:none;margin:0;max-width:none}}
      """;
}
