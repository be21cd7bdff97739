package io.github.tongban.cli;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.present.Doc;
import io.github.tongban.present.Guides;
import io.github.tongban.present.Json;
import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import io.github.tongban.rules.DecisionEngine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tongban guide}: the service guide (办事指南) of one or all items, the versions in force on a day. */
@Command(name = "guide", mixinStandardHelpOptions = true,
    description = "The service guide of one item (to standard output) or of every item (--out DIR: Markdown and HTML).")
final class GuideCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--item", paramLabel = "CODE", description = "One item; without it, every item (needs --out).")
  String item;

  @Option(names = "--out", paramLabel = "DIR", description = "Write CODE.md and CODE.html (and index.md, index.html) into DIR.")
  Path out;

  @Option(names = "--format", paramLabel = "md|html", description = "The format written to standard output: md (default) or html.")
  String format = "md";

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Show the versions in force on this day (default: today).")
  LocalDate date;

  @Override
  public Integer call() throws Exception {
    if (item == null && out == null) {
      throw new ParameterException(spec.commandLine(), common.lang.pick("请给出 --item CODE,或用 --out DIR 写出全部事项的办事指南",
          "give --item CODE, or --out DIR for the guides of every item"));
    }
    if (!format.equals("md") && !format.equals("html")) {
      throw new ParameterException(spec.commandLine(), common.lang.pick("--format 只能是 md 或 html,不能是 ", "--format must be md or html, not ")
          + SafeText.line(format));
    }
    Optional<Catalogue> loaded = common.validCatalogue(spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    Catalogue catalogue = loaded.get();
    LocalDate day = date == null ? LocalDate.now(DecisionEngine.CITY_ZONE) : date;
    Language language = common.lang.language();
    if (item != null) {
      Optional<String> unavailable = Guides.unavailable(catalogue, item, day, language);
      if (unavailable.isPresent()) {
        throw new ParameterException(spec.commandLine(), unavailable.get());
      }
    }
    List<ServiceItem> items = item == null ? catalogue.itemsInForce(day) : List.of(catalogue.item(item, day).orElseThrow());
    PrintWriter w = spec.commandLine().getOut();
    if (out == null) {
      Doc guide = Guides.guide(catalogue, items.get(0), day, language);
      w.print(common.json ? Json.pretty().writeValueAsString(items.get(0)) + "\n" : format.equals("md") ? guide.markdown() : guide.html(language));
      w.flush();
      return ExitCodes.OK;
    }
    Files.createDirectories(out);
    for (ServiceItem i : items) {
      Doc guide = Guides.guide(catalogue, i, day, language);
      write(i.code() + ".md", guide.markdown());
      write(i.code() + ".html", guide.html(language));
    }
    write("index.md", Guides.index(catalogue, items, day, language, ".md").markdown());
    write("index.html", Guides.index(catalogue, items, day, language, ".html").html(language));
    w.println(common.lang.pick("已写出 %d 个事项的办事指南到 %s", "Wrote the guides of %d item(s) to %s")
        .formatted(items.size(), SafeText.line(out.toString())));
    w.flush();
    return ExitCodes.OK;
  }

  private void write(String name, String text) throws java.io.IOException {
    Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
  }
}
