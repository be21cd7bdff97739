package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Text escaped for XML is data, never markup, and the document is well-formed XML 1.0 whatever the text holds. */
class XmlTests {
  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void markupCharactersAreEscaped() {
    assertThat(Xml.escape("<a href=\"x\" title='y'>&amp;</a>")).isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  }

  @Test
  void anyTextMakesAWellFormedDocument() throws Exception {
    String nasty = "名\uFFFF\uFFFE\uFDD0\u0000\u0001\u0008\u000B\u000C\u001B[31m\u0085\u009B\uD800\uDFFF\u202E<x/>&\"'\n]]>";
    Document doc = parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r a=\"" + Xml.escape(nasty) + "\">" + Xml.escapeBlock(nasty) + "</r>");
    String attribute = doc.getDocumentElement().getAttribute("a");
    assertThat(attribute).startsWith("名").contains("<x/>&\"'").doesNotContain("\u202E").doesNotContain("\n");
    assertThat(doc.getDocumentElement().getTextContent()).contains("<x/>&\"'\n]]>");
  }
}
