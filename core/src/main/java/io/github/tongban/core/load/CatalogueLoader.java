package io.github.tongban.core.load;

import io.github.tongban.core.internal.FileKind;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.bind.CalendarBinder;
import io.github.tongban.core.internal.bind.CatalogueInfoBinder;
import io.github.tongban.core.internal.bind.FactsBinder;
import io.github.tongban.core.internal.bind.ItemBinder;
import io.github.tongban.core.internal.bind.ItemContext;
import io.github.tongban.core.internal.bind.ParametersBinder;
import io.github.tongban.core.internal.bind.RegionsBinder;
import io.github.tongban.core.internal.files.FilePipeline;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.CatalogueInfo;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.WorkingCalendar;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a catalogue folder into an immutable {@link Catalogue}, or
 * reports every problem it has. Thread-safe; one loader can serve many loads.
 *
 * <p>A catalogue folder holds {@code catalogue.yaml}, {@code facts.yaml}, {@code regions.yaml},
 * optionally {@code parameters.yaml}, one file per year under {@code calendar/}, and one file
 * per item under {@code items/} (sub-folders allowed). Files under {@code tests/} are scenario
 * tests and are not part of the catalogue.
 *
 * <pre>{@code
 * LoadResult result = CatalogueLoader.withDefaults().load(Path.of("catalog/sample"));
 * result.problems().forEach(p -> System.err.println(p.format(Locale.SIMPLIFIED_CHINESE)));
 * Catalogue catalogue = result.orElseThrow();
 * }</pre>
 */
public final class CatalogueLoader {
  private static final List<String> REQUIRED = List.of("catalogue.yaml", "facts.yaml", "regions.yaml");

  private final LoadLimits limits;

  private CatalogueLoader(LoadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A loader with {@link LoadLimits#DEFAULTS}. */
  public static CatalogueLoader withDefaults() {
    return new CatalogueLoader(LoadLimits.DEFAULTS);
  }

  /** A loader with the given limits. */
  public static CatalogueLoader withLimits(LoadLimits limits) {
    return new CatalogueLoader(limits);
  }

  /** The limits this loader applies. */
  public LoadLimits limits() {
    return limits;
  }

  /**
   * Loads the catalogue in the folder {@code given} (which may be reached through links). Never throws for anything the folder contains: every
   * problem, from an unreadable file to a dangling reference, is in the result.
   */
  public LoadResult load(Path given) {
    Problems problems = new Problems(limits.maxProblems());
    String name = given.getFileName() == null ? given.toString() : given.getFileName().toString();
    if (!Files.isDirectory(given)) {
      problems.add(ProblemCode.CATALOGUE_NOT_A_FOLDER, SourceLocation.ofFile(name), given.toString());
      return new LoadResult(Optional.empty(), problems.toList());
    }
    // the folder itself may be reached through links (a deploy link current -> release-42); links
    // inside it are never followed
    FilePipeline pipeline = new FilePipeline(realFolder(given), limits);
    List<String> files = pipeline.catalogueFiles(problems);
    if (problems.hasErrors()) {
      return new LoadResult(Optional.empty(), problems.toList());
    }
    for (String required : REQUIRED) {
      if (!files.contains(required) && !files.contains(required.replace(".yaml", ".yml"))) {
        problems.add(ProblemCode.CATALOGUE_MISSING_FILE, SourceLocation.ofFile(required), required);
      }
    }
    if (files.stream().noneMatch(f -> FileKind.of(f) == FileKind.ITEM)) {
      problems.add(ProblemCode.CATALOGUE_NO_ITEMS, SourceLocation.ofFile("items/"));
    }
    List<String> itemFiles = files.stream().filter(f -> FileKind.of(f) == FileKind.ITEM).toList();
    List<String> otherFiles = files.stream().filter(f -> FileKind.of(f) != FileKind.ITEM).toList();
    Map<FileKind, List<YamlDocument>> docs = new EnumMap<>(FileKind.class);
    pipeline.read(otherFiles, problems, doc -> docs.computeIfAbsent(FileKind.of(doc.file()), k -> new ArrayList<>()).add(doc));
    boolean hasParameters = files.contains("parameters.yaml") || files.contains("parameters.yml");
    Parts parts = bindParts(docs, hasParameters, problems);
    List<ServiceItem> items = bindItems(pipeline, itemFiles, new ItemBinder(parts.itemContext(), limits), problems);
    // problems are sorted by file, line and column: the order they were found in does not show
    return new LoadResult(problems.hasErrors() ? Optional.empty() : parts.catalogue(items), problems.toList());
  }

  /**
   * The parts of a catalogue besides its items, each empty when its file is missing or has an error
   * (then the checks that need it are skipped, so that one mistake is reported once).
   */
  private record Parts(Optional<CatalogueInfo> info, Optional<Map<String, FactDefinition>> facts, Optional<RegionTree> regions,
      Optional<Map<String, Parameter>> parameters, Optional<WorkingCalendar> calendar) {

    /** The dictionaries the items are checked against. */
    ItemContext itemContext() {
      return new ItemContext(facts, parameters, regions);
    }

    /** The catalogue of these parts and {@code items}, when every part is present. */
    Optional<Catalogue> catalogue(List<ServiceItem> items) {
      if (info.isEmpty() || facts.isEmpty() || regions.isEmpty() || parameters.isEmpty() || calendar.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Catalogue(info.get(), facts.get().values(), parameters.get().values(), regions.get(), calendar.get(), items));
    }
  }

  /** Binds every file but the items', each kind by its binder; a catalogue without a parameters file has no parameters. */
  private static Parts bindParts(Map<FileKind, List<YamlDocument>> docs, boolean hasParameters, Problems problems) {
    return new Parts(
        lastBound(docs, FileKind.CATALOGUE, Optional.empty(), doc -> Optional.of(CatalogueInfoBinder.bind(doc))),
        lastBound(docs, FileKind.FACTS, Optional.empty(), doc -> FactsBinder.bind(doc, problems)),
        lastBound(docs, FileKind.REGIONS, Optional.empty(), doc -> RegionsBinder.bind(doc, problems)),
        lastBound(docs, FileKind.PARAMETERS, hasParameters ? Optional.empty() : Optional.of(Map.of()), doc -> ParametersBinder.bind(doc, problems)),
        CalendarBinder.bind(docs.getOrDefault(FileKind.CALENDAR, List.of()), problems));
  }

  /**
   * Reads and binds the item files in chunks, each chunk bound and its scenario coverage checked
   * before the next is read, so that only a chunk of parsed documents is held at a time; the items
   * bound without error, in file order.
   */
  private static List<ServiceItem> bindItems(FilePipeline pipeline, List<String> itemFiles, ItemBinder binder, Problems problems) {
    List<ServiceItem> items = new ArrayList<>();
    for (int from = 0; from < itemFiles.size(); from += ITEM_CHUNK) {
      List<ItemBinder.Bound> chunk = new ArrayList<>();
      pipeline.read(itemFiles.subList(from, Math.min(itemFiles.size(), from + ITEM_CHUNK)), problems,
          doc -> binder.bind(doc, problems).ifPresent(item -> chunk.add(new ItemBinder.Bound(doc, item))),
          (doc, schemaProblems) -> binder.checkDespiteSchema(doc, schemaProblems, problems));
      binder.checkCoverage(chunk, problems);
      chunk.forEach(b -> items.add(b.item()));
    }
    return items;
  }

  /** {@code folder} with the links on its way resolved, or as given when that fails (the listing then reports why). */
  static Path realFolder(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException | SecurityException e) {
      return folder;
    }
  }

  /** How many item files are parsed before they are bound: bounds the documents held at once. */
  private static final int ITEM_CHUNK = 256;

  /**
   * What the last of the documents of {@code kind} that binds without a problem binds to, or
   * {@code otherwise}; every document is bound, so each is checked (a folder may hold both
   * {@code facts.yaml} and {@code facts.yml}).
   */
  private static <T> Optional<T> lastBound(Map<FileKind, List<YamlDocument>> docs, FileKind kind, Optional<T> otherwise,
      Function<YamlDocument, Optional<T>> binder) {
    Optional<T> bound = otherwise;
    for (YamlDocument doc : docs.getOrDefault(kind, List.of())) {
      Optional<T> next = binder.apply(doc);
      if (next.isPresent()) {
        bound = next;
      }
    }
    return bound;
  }
}
