package io.github.tongban.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What is published and what the BOM lists agree: every module of the root build that is published (not
 * {@code maven.deploy.skip}, not a pom) is in {@code bom/pom.xml} with {@code ${project.version}}, and the
 * BOM lists nothing else; published modules have their own description; the README's snippet names BOM
 * entries. Read from the POM files themselves, so a module added to the build is checked at once.
 */
class PublishingTests {
  private static final Path ROOT = Path.of("..");

  @Test
  void theBomListsExactlyThePublishedModules() throws Exception {
    assertThat(discrepancies(Files.readString(ROOT.resolve("bom/pom.xml")))).isEmpty();
    assertThat(publishedModules().keySet()).contains("tongban-core", "tongban-rules", "tongban-catalog", "tongban-present", "tongban-cli",
        "tongban-spring-boot-starter", "tongban-maven-plugin", "tongban-spark")
        .doesNotContain("tongban-examples", "tongban-http-service", "tongban-benchmarks", "tongban-bom", "tongban-parent");
  }

  @Test
  void aBomMissingAModuleOrListingAStrangerIsCaught() throws Exception {
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    String withoutRules = bom.replaceFirst("(?s)<dependency>\\s*<groupId>io.github.tongban</groupId>\\s*<artifactId>tongban-rules</artifactId>.*?</dependency>", "");
    assertThat(discrepancies(withoutRules)).containsExactly("published module tongban-rules is missing from the BOM");
    String withStranger = bom.replace("<artifactId>tongban-core</artifactId>", "<artifactId>tongban-kernel</artifactId>");
    assertThat(discrepancies(withStranger)).containsExactlyInAnyOrder("the BOM lists tongban-kernel, which is no published module",
        "published module tongban-core is missing from the BOM");
    String pinned = bom.replaceFirst("\\$\\{project.version}", "0.0.9");
    assertThat(discrepancies(pinned)).containsExactly("the BOM's tongban-core has version 0.0.9, not ${project.version}");
  }

  @Test
  void theBomStandsAloneWithItsOwnMetadata() throws Exception {
    Element bom = parse(Files.readString(ROOT.resolve("bom/pom.xml")));
    Element root = parse(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(child(bom, "parent")).as("the BOM has no parent").isEmpty();
    assertThat(text(bom, "packaging")).isEqualTo("pom");
    assertThat(text(bom, "groupId")).isEqualTo(text(root, "groupId"));
    assertThat(text(bom, "version")).as("the BOM's version follows the root pom's").isEqualTo(text(root, "version"));
    for (Element pom : List.of(bom, root)) {
      assertThat(text(child(pom, "licenses").flatMap(l -> child(l, "license")).orElseThrow(), "name")).isEqualTo("Apache-2.0");
      assertThat(text(child(pom, "scm").orElseThrow(), "connection")).isEqualTo("scm:git:https://github.com/tongban/tongban.git");
      assertThat(text(pom, "url")).isEqualTo("https://github.com/tongban/tongban");
      assertThat(child(pom, "developers")).isPresent();
    }
  }

  @Test
  void everyPublishedModuleDescribesItself() {
    publishedModules().forEach((artifactId, pom) ->
        assertThat(child(pom, "description").map(Node::getTextContent).orElse("")).as("%s's own <description>", artifactId).isNotBlank());
  }

  @Test
  void theReadmeDependsOnBomEntries() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Depending on tongban"));
    section = section.substring(0, section.indexOf("\n## ", 3));
    Set<String> bomEntries = bomEntries(parse(Files.readString(ROOT.resolve("bom/pom.xml")))).keySet();
    List<String> named = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(section);
    while (m.find()) {
      named.add(m.group(1));
    }
    assertThat(named).contains("tongban-bom", "tongban-rules");
    assertThat(named.stream().filter(a -> !a.equals("tongban-bom"))).allMatch(bomEntries::contains);
  }

  /** What is wrong with {@code bomXml} against the modules of the root build, one sentence each. */
  static List<String> discrepancies(String bomXml) throws Exception {
    Map<String, String> entries = bomEntries(parse(bomXml));
    Set<String> published = publishedModules().keySet();
    List<String> out = new ArrayList<>();
    for (String module : published) {
      if (!entries.containsKey(module)) {
        out.add("published module " + module + " is missing from the BOM");
      }
    }
    entries.forEach((artifactId, version) -> {
      if (!published.contains(artifactId)) {
        out.add("the BOM lists " + artifactId + ", which is no published module");
      } else if (!version.equals("${project.version}")) {
        out.add("the BOM's " + artifactId + " has version " + version + ", not ${project.version}");
      }
    });
    return out;
  }

  private static Map<String, String> bomEntries(Element bom) {
    Map<String, String> entries = new LinkedHashMap<>();
    Element deps = child(bom, "dependencyManagement").flatMap(d -> child(d, "dependencies")).orElseThrow();
    for (Element dep : children(deps, "dependency")) {
      assertThat(text(dep, "groupId")).isEqualTo("io.github.tongban");
      entries.put(text(dep, "artifactId"), text(dep, "version"));
    }
    return entries;
  }

  /** The published modules of the root build, by artifactId: found through every {@code <module>}, nested ones too. */
  static Map<String, Element> publishedModules() {
    Map<String, Element> out = new LinkedHashMap<>();
    collect(ROOT.resolve("pom.xml"), out);
    return out;
  }

  private static void collect(Path pomFile, Map<String, Element> out) {
    Element pom = read(pomFile);
    String packaging = child(pom, "packaging").map(Node::getTextContent).orElse("jar");
    if (!packaging.equals("pom") && !skipsDeploy(pomFile, pom)) {
      out.put(text(pom, "artifactId"), pom);
    }
    child(pom, "modules").ifPresent(modules -> children(modules, "module").forEach(m -> {
      Path dir = pomFile.getParent().resolve(m.getTextContent().strip());
      collect(Files.isDirectory(dir) ? dir.resolve("pom.xml") : dir, out);
    }));
  }

  /** {@code maven.deploy.skip} as the module sees it: its own property, else its parent's, up the parents in this tree. */
  private static boolean skipsDeploy(Path pomFile, Element pom) {
    Optional<String> own = child(pom, "properties").flatMap(p -> child(p, "maven.deploy.skip")).map(n -> n.getTextContent().strip());
    if (own.isPresent()) {
      return own.get().equals("true");
    }
    return child(pom, "parent").map(parent -> {
      String relative = child(parent, "relativePath").map(Node::getTextContent).orElse("../pom.xml");
      Path parentFile = pomFile.getParent().resolve(relative);
      parentFile = Files.isDirectory(parentFile) ? parentFile.resolve("pom.xml") : parentFile;
      if (!Files.isRegularFile(parentFile)) {
        return false;
      }
      Element parentPom = read(parentFile);
      // a parent from outside this tree (Spring Boot's, say) passes on nothing of tongban's
      return text(parentPom, "artifactId").equals(text(parent, "artifactId")) && skipsDeploy(parentFile, parentPom);
    }).orElse(false);
  }

  private static Element read(Path pomFile) {
    try {
      return parse(Files.readString(pomFile));
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new AssertionError("cannot read " + pomFile, e);
    }
  }

  private static Element parse(String xml) throws ParserConfigurationException, IOException, SAXException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    return doc.getDocumentElement();
  }

  private static Optional<Element> child(Element parent, String name) {
    return children(parent, name).stream().findFirst();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    return child(parent, name).map(n -> n.getTextContent().strip()).orElse("");
  }
}
