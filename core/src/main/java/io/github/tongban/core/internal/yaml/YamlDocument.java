package io.github.tongban.core.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.validation.SourceLocation;
import java.util.Map;

/**
 * One strictly read YAML file: its content as a JSON tree and where each element stands.
 *
 * @param file the file, relative to the catalogue folder
 * @param root the content; objects, arrays and scalars typed by the YAML 1.2 core schema
 * @param positions for each JSON pointer, the 1-based line and column of its key (members) or
 *     its start (array items and the root)
 */
public record YamlDocument(String file, JsonNode root, Map<String, int[]> positions) {
  public YamlDocument {
    positions = Map.copyOf(positions);
  }

  /** The location of the element at {@code pointer}, or of its nearest ancestor that has one. */
  public SourceLocation locate(String pointer) {
    String p = pointer;
    while (true) {
      int[] pos = positions.get(p);
      if (pos != null) {
        return new SourceLocation(file, pos[0], pos[1], pointer);
      }
      if (p.isEmpty()) {
        return new SourceLocation(file, 1, 1, pointer);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** The JSON pointer of {@code child} below {@code parent}, escaped as RFC 6901 says. */
  public static String child(String parent, String child) {
    return parent + "/" + child.replace("~", "~0").replace("/", "~1");
  }

  /** The JSON pointer of item {@code index} below {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
