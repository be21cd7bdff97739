package io.github.tongban.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A small document (headings, paragraphs, lists, tables of styled text) that renders as Markdown
 * or as a self-contained HTML page. Catalogue text only ever enters as {@link Span} text, which
 * each renderer escapes: it never becomes markup.
 */
final class Doc {
  /** How a piece of text is shown. */
  enum Style { PLAIN, STRONG, STRIKE, MUTED }

  /** A piece of text in one style. */
  record Span(String text, Style style) {
    static Span plain(String text) {
      return new Span(text, Style.PLAIN);
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

  Doc(String title) {
    this.title = title;
  }

  Doc heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  Doc para(Span... spans) {
    blocks.add(new Para(List.of(spans)));
    return this;
  }

  Doc para(String text) {
    return para(Span.plain(text));
  }

  Doc bullets(List<List<Span>> items) {
    if (!items.isEmpty()) {
      blocks.add(new Bullets(List.copyOf(items)));
    }
    return this;
  }

  Doc table(List<String> header, List<List<List<Span>>> rows) {
    blocks.add(new Table(List.copyOf(header), List.copyOf(rows)));
    return this;
  }

  Doc rawHtml(String html) {
    blocks.add(new Raw(html));
    return this;
  }

  // ------------------------------------------------------------------ Markdown

  String markdown() {
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
    return out.toString();
  }

  private static String md(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span s : spans) {
      if (s.text().isEmpty()) {
        continue;
      }
      String t = md(s.text());
      out.append(switch (s.style()) {
        case STRONG -> "**" + t + "**";
        case STRIKE -> "~~" + t + "~~";
        case MUTED -> "*" + t + "*";
        case PLAIN -> t;
      });
    }
    return out.toString();
  }

  /**
   * Escapes the characters that are Markdown inline syntax, a line-start marker, and HTML (Markdown
   * viewers render inline HTML), so that catalogue text shows as typed.
   */
  static String md(String text) {
    StringBuilder out = new StringBuilder();
    String flat = text.replace("\r", " ").replace("\n", " ");
    if (!flat.isEmpty() && "#+-=>0123456789".indexOf(flat.charAt(0)) >= 0) {
      out.append('\\');
    }
    for (char c : flat.toCharArray()) {
      if ("\\`*_[]|~".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ HTML

  String html(String lang, String footer) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(Xml.escape(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'\">\n")
        .append("<title>").append(Xml.escape(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<div class=\"tools\"><button type=\"button\" onclick=\"window.print()\">打印 / Print</button></div>\n")
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
        case PLAIN -> t;
      });
    }
    return out.toString();
  }

  private static final String CSS = """
      body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;background:#f4f5f7;color:#1f2328}
      main{max-width:960px;margin:24px auto;background:#fff;padding:24px 32px;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
      h1{font-size:1.6em;border-bottom:2px solid #b3261e;padding-bottom:8px}h2{font-size:1.25em;margin-top:1.6em;color:#b3261e}
      h3{font-size:1.05em}table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
      th{background:#f6f8fa}del{color:#6e7781}.muted{color:#6e7781}strong{color:#b3261e}
      footer{margin-top:2em;font-size:.85em;color:#6e7781;border-top:1px solid #d0d7de;padding-top:8px}
      .tools{text-align:right}button{font-size:1em;padding:4px 14px;cursor:pointer}
      svg text{font-family:inherit;font-size:12px}
      @media print{body{background:#fff}main{box-shadow:none;margin:0;max-width:none}.tools{display:none}}
      """;
}
