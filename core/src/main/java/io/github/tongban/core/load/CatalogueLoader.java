package io.github.tongban.core.load;

import io.github.tongban.core.internal.FileKind;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.bind.CatalogueAssembler;
import io.github.tongban.core.internal.files.FilePipeline;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads a catalogue folder into an immutable {@link io.github.tongban.core.model.Catalogue}, or
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
   * Loads the catalogue in {@code folder}. Never throws for anything the folder contains: every
   * problem, from an unreadable file to a dangling reference, is in the result.
   */
  public LoadResult load(Path folder) {
    Problems problems = new Problems();
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    if (!Files.isDirectory(folder)) {
      problems.add(ProblemCode.CATALOGUE_NOT_A_FOLDER, SourceLocation.ofFile(name), folder.toString());
      return new LoadResult(Optional.empty(), problems.toList());
    }
    FilePipeline pipeline = new FilePipeline(folder, limits);
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
    // the item files come in chunks, each assembled before the next is read, so that only a chunk of
    // parsed documents is held at a time
    List<String> itemFiles = files.stream().filter(f -> FileKind.of(f) == FileKind.ITEM).toList();
    List<String> otherFiles = files.stream().filter(f -> FileKind.of(f) != FileKind.ITEM).toList();
    Map<FileKind, List<YamlDocument>> docs = new EnumMap<>(FileKind.class);
    pipeline.read(otherFiles, problems, doc -> docs.computeIfAbsent(FileKind.of(doc.file()), k -> new ArrayList<>()).add(doc));
    CatalogueAssembler assembler = new CatalogueAssembler(problems, limits);
    docs.getOrDefault(FileKind.CATALOGUE, List.of()).forEach(assembler::catalogueInfo);
    docs.getOrDefault(FileKind.FACTS, List.of()).forEach(assembler::facts);
    docs.getOrDefault(FileKind.REGIONS, List.of()).forEach(assembler::regions);
    if (!files.contains("parameters.yaml") && !files.contains("parameters.yml")) {
      assembler.noParameters();
    }
    docs.getOrDefault(FileKind.PARAMETERS, List.of()).forEach(assembler::parameters);
    docs.getOrDefault(FileKind.CALENDAR, List.of()).forEach(assembler::calendar);
    for (int from = 0; from < itemFiles.size(); from += ITEM_CHUNK) {
      pipeline.read(itemFiles.subList(from, Math.min(itemFiles.size(), from + ITEM_CHUNK)), problems, assembler::item);
      assembler.checkCoverage();
    }
    // problems are sorted by file, line and column: the order they were found in does not show
    return new LoadResult(assembler.catalogue(), problems.toList());
  }

  /** How many item files are parsed before they are assembled: bounds the documents held at once. */
  private static final int ITEM_CHUNK = 256;
}
