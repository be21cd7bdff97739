package io.github.tongban.present;

import java.util.Map;

/** Horizontal bar charts as inline SVG for HTML reports: no script, no network, labels neutralised and escaped. */
final class Charts {
  private static final int ROW = 26;
  private static final int LABEL = 200;
  private static final int WIDTH = 640;

  private Charts() {}

  /** A chart with one bar per entry, labelled with its key and value, in the map's order. */
  static String bars(Map<String, Integer> values) {
    int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int height = Math.max(1, values.size()) * ROW + 8;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">");
    int y = 4;
    for (Map.Entry<String, Integer> e : values.entrySet()) {
      int w = max == 0 ? 0 : (int) Math.round((WIDTH - LABEL - 60) * (e.getValue() / (double) max));
      svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">")
          .append(Xml.escape(e.getKey())).append("</text>");
      svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
          .append("\" height=\"").append(ROW - 8).append("\" fill=\"#b3261e\"><title>").append(Xml.escape(e.getKey() + ": " + e.getValue()))
          .append("</title></rect>");
      svg.append("<text x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + 17).append("\">").append(e.getValue()).append("</text>");
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }
}
