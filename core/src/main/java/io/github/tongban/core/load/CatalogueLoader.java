package io.github.tongban.core.load;

import io.github.tongban.core.internal.FileKind;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.bind.CatalogueAssembler;
import io.github.tongban.core.internal.schema.SchemaChecker;
import io.github.tongban.core.internal.yaml.StrictYamlReader;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
  private final boolean requireComplete;

  private CatalogueLoader(LoadLimits limits, boolean requireComplete) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.requireComplete = requireComplete;
  }

  /** A loader with {@link LoadLimits#DEFAULTS}. */
  public static CatalogueLoader withDefaults() {
    return new CatalogueLoader(LoadLimits.DEFAULTS, false);
  }

  /** A loader with the given limits. */
  public static CatalogueLoader withLimits(LoadLimits limits) {
    return new CatalogueLoader(limits, false);
  }

  /**
   * This loader, but one that requires complete items: each standard element an item lacks
   * ({@link io.github.tongban.core.report.StandardElement}) is an error, {@code item.incomplete}, for
   * cities that publish only complete items. Without it, a missing element is no problem at all.
   */
  public CatalogueLoader requiringCompleteItems() {
    return new CatalogueLoader(limits, true);
  }

  /** The limits this loader applies. */
  public LoadLimits limits() {
    return limits;
  }

  /** Whether this loader reports each standard element an item lacks as an error. */
  public boolean requiresCompleteItems() {
    return requireComplete;
  }

  /**
   * Loads the catalogue in {@code folder}. Never throws for anything the folder contains: every
   * problem, from an unreadable file to a dangling reference, is in the result.
   */
  public LoadResult load(Path folder) {
    Problems problems = new Problems(limits.maxProblems());
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    if (!Files.isDirectory(folder)) {
      problems.add(ProblemCode.CATALOGUE_NOT_A_FOLDER, SourceLocation.ofFile(name), folder.toString());
      return new LoadResult(Optional.empty(), problems.toList());
    }
    Map<FileKind, List<YamlDocument>> docs = new EnumMap<>(FileKind.class);
    List<String> files = listFiles(folder, problems);
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
    // each file is read and checked against its schema on its own, on every core, and taken in file
    // order; the item files come in chunks, each assembled before the next is read, so that only a
    // chunk of parsed documents is held at a time
    StrictYamlReader reader = new StrictYamlReader(limits);
    List<String> itemFiles = files.stream().filter(f -> FileKind.of(f) == FileKind.ITEM).toList();
    List<String> otherFiles = files.stream().filter(f -> FileKind.of(f) != FileKind.ITEM).toList();
    for (FileRead r : otherFiles.parallelStream().map(file -> read(folder, file, reader)).toList()) {
      problems.addAll(r.problems());
      r.doc().ifPresent(doc -> docs.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(doc));
    }
    CatalogueAssembler assembler = new CatalogueAssembler(problems, limits, requireComplete);
    docs.getOrDefault(FileKind.CATALOGUE, List.of()).forEach(assembler::catalogueInfo);
    docs.getOrDefault(FileKind.FACTS, List.of()).forEach(assembler::facts);
    docs.getOrDefault(FileKind.REGIONS, List.of()).forEach(assembler::regions);
    if (!files.contains("parameters.yaml") && !files.contains("parameters.yml")) {
      assembler.noParameters();
    }
    docs.getOrDefault(FileKind.PARAMETERS, List.of()).forEach(assembler::parameters);
    docs.getOrDefault(FileKind.CALENDAR, List.of()).forEach(assembler::calendar);
    for (int from = 0; from < itemFiles.size(); from += ITEM_CHUNK) {
      List<String> chunk = itemFiles.subList(from, Math.min(itemFiles.size(), from + ITEM_CHUNK));
      for (FileRead r : chunk.parallelStream().map(file -> read(folder, file, reader)).toList()) {
        problems.addAll(r.problems());
        r.doc().ifPresent(assembler::item);
      }
      assembler.checkCoverage();
    }
    // problems are sorted by file, line and column: the order they were found in does not show
    return new LoadResult(assembler.catalogue(), problems.toList());
  }

  /** How many item files are parsed before they are assembled: bounds the documents held at once. */
  private static final int ITEM_CHUNK = 256;

  /** One file read and checked against its schema: its document when valid, and its problems. */
  private record FileRead(FileKind kind, Optional<YamlDocument> doc, Problems problems) {}

  private FileRead read(Path folder, String file, StrictYamlReader reader) {
    Problems problems = new Problems();
    FileKind kind = FileKind.of(file);
    if (kind == null) {
      problems.add(ProblemCode.CATALOGUE_UNKNOWN_FILE, SourceLocation.ofFile(file), file);
      return new FileRead(null, Optional.empty(), problems);
    }
    Optional<YamlDocument> doc = readBytes(folder.resolve(file), file, problems)
        .flatMap(bytes -> reader.read(file, bytes, problems))
        .filter(d -> SchemaChecker.instance().check(kind, d, problems, limits.maxProblemsPerFile()));
    return new FileRead(kind, doc, problems);
  }

  /** The catalogue's YAML files, relative with forward slashes, sorted; links are listed, never followed. */
  private List<String> listFiles(Path folder, Problems problems) {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .filter(f -> isYaml(f) && !f.startsWith("tests/") && !f.contains("/.") && !f.startsWith("."))
          .sorted()
          .limit(limits.maxFiles() + 1L)
          .forEach(files::add);
    } catch (IOException | RuntimeException e) {
      problems.add(ProblemCode.CATALOGUE_UNREADABLE_FILE, SourceLocation.ofFile("."), String.valueOf(e.getMessage()));
    }
    if (files.size() > limits.maxFiles()) {
      problems.add(ProblemCode.CATALOGUE_TOO_MANY_FILES, SourceLocation.ofFile("."), limits.maxFiles());
    }
    return files;
  }

  private static boolean isYaml(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    return f.endsWith(".yaml") || f.endsWith(".yml");
  }

  /** The file's bytes, reading at most one byte past the size cap so that a huge file costs nothing. */
  private Optional<byte[]> readBytes(Path path, String file, Problems problems) {
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      // links are not followed: a catalogue must not make the loader read files outside it
      problems.add(ProblemCode.CATALOGUE_UNREADABLE_FILE, SourceLocation.ofFile(file), "not a regular file (links are not followed)");
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      if (bytes.length > limits.maxFileBytes()) {
        problems.add(ProblemCode.YAML_FILE_TOO_LARGE, SourceLocation.ofFile(file), Files.size(path), limits.maxFileBytes());
        return Optional.empty();
      }
      return Optional.of(bytes);
    } catch (IOException | RuntimeException e) {
      problems.add(ProblemCode.CATALOGUE_UNREADABLE_FILE, SourceLocation.ofFile(file), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }
}
