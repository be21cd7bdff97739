package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.validation.ProblemCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Binds {@code regions.yaml}, the region tree: unique codes, each level below its parent's. */
public final class RegionsBinder {
  private RegionsBinder() {}

  /**
   * The region tree of {@code doc}, which passed its schema, read breadth first; empty when the file
   * has a problem, each reported to {@code problems}.
   */
  public static Optional<RegionTree> bind(YamlDocument doc, Problems problems) {
    int before = problems.size();
    List<Region> out = new ArrayList<>();
    UniqueIds codes = new UniqueIds(doc, problems);
    record Pending(JsonNode node, String pointer, Optional<String> parent, Optional<RegionLevel> parentLevel) {}
    Deque<Pending> queue = new ArrayDeque<>();
    queue.add(new Pending(doc.root().get("root"), "/root", Optional.empty(), Optional.empty()));
    while (!queue.isEmpty()) {
      Pending p = queue.poll();
      String code = Json.text(p.node, "code");
      RegionLevel level = Json.enumValue(RegionLevel.class, Json.text(p.node, "level"));
      if (!codes.add(code, p.pointer + "/code")) {
        continue;
      }
      if (p.parentLevel.isPresent() && level.ordinal() <= p.parentLevel.get().ordinal()) {
        problems.add(ProblemCode.REGION_LEVEL_ORDER, doc.locate(p.pointer + "/level"), code, level.yamlName(), p.parentLevel.get().yamlName());
      }
      List<String> children = new ArrayList<>();
      JsonNode kids = p.node.path("children");
      for (int i = 0; i < kids.size(); i++) {
        children.add(Json.text(kids.get(i), "code"));
        queue.add(new Pending(kids.get(i), p.pointer + "/children/" + i, Optional.of(code), Optional.of(level)));
      }
      out.add(new Region(code, Json.text(p.node, "name"), level, Json.text(p.node, "servicePoint"), p.parent, children));
    }
    return problems.size() == before ? Optional.of(new RegionTree(Json.text(doc.root().get("root"), "code"), out)) : Optional.empty();
  }
}
