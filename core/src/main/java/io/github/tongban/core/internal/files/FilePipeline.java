package io.github.tongban.core.internal.files;

import io.github.tongban.core.internal.FileKind;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.schema.SchemaChecker;
import io.github.tongban.core.internal.yaml.StrictYamlReader;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The one way the catalogue and its scenario tests are read from a folder: which files there are,
 * then for each file its bytes (links never followed, a file past the size cap never read whole),
 * strict YAML, and the schema of its {@link FileKind}, each file on its own on every core. The
 * documents that pass go to the caller's binder in file order, each after its own file's problems,
 * so that problems come out in the order of a one-by-one read.
 */
public final class FilePipeline {
  private final Path folder;
  private final LoadLimits limits;
  private final StrictYamlReader reader;

  /** A pipeline over the catalogue folder {@code folder}, within {@code limits}. */
  public FilePipeline(Path folder, LoadLimits limits) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.reader = new StrictYamlReader(limits);
  }

  /**
   * The catalogue's YAML files, relative with forward slashes, sorted; links are listed, never
   * followed; the scenario tests and hidden files are not the catalogue's. A folder that cannot be
   * listed, or holds more files than the limit, is reported.
   */
  public List<String> catalogueFiles(Problems problems) {
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
    reportSameName(files, problems);
    return files;
  }

  /**
   * Reports each file whose path differs from an earlier one's only in its extension or the case
   * of its letters ({@code facts.yaml} and {@code facts.yml}): which one is meant is not clear,
   * and a case-insensitive disk holds only one of them.
   */
  private static void reportSameName(List<String> sortedFiles, Problems problems) {
    java.util.Map<String, String> first = new java.util.HashMap<>();
    for (String f : sortedFiles) {
      String key = f.toLowerCase(Locale.ROOT).replaceFirst("\\.ya?ml$", "");
      String earlier = first.putIfAbsent(key, f);
      if (earlier != null) {
        problems.add(ProblemCode.CATALOGUE_DUPLICATE_FILE, SourceLocation.ofFile(f), earlier, f);
      }
    }
  }

  /**
   * The scenario-test files under {@code tests/} (regular files only, hidden ones left out, at most
   * the file limit, which is reported when passed), relative with forward slashes, sorted; none when
   * there is no such folder; empty after reporting a folder that cannot be listed.
   */
  public Optional<List<String>> testFiles(Problems problems) {
    Path dir = folder.resolve("tests");
    if (!Files.isDirectory(dir)) {
      return Optional.of(List.of());
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<String> files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .filter(f -> isYaml(f) && !f.contains("/."))
          .sorted().limit(limits.maxFiles() + 1L)
          .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
      if (files.size() > limits.maxFiles()) {
        problems.add(ProblemCode.CATALOGUE_TOO_MANY_FILES, SourceLocation.ofFile("tests/"), limits.maxFiles());
        files.remove(files.size() - 1);
      }
      return Optional.of(List.copyOf(files));
    } catch (IOException | RuntimeException e) {
      problems.add(ProblemCode.CATALOGUE_UNREADABLE_FILE, SourceLocation.ofFile("tests/"), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Reads {@code files} (relative to the folder), each on its own on every core; then, in the
   * order of {@code files}, adds each file's problems to {@code problems} and hands its document,
   * when it passed its schema, to {@code bind}.
   */
  public void read(List<String> files, Problems problems, Consumer<YamlDocument> bind) {
    read(files, problems, bind, (doc, schemaProblems) -> {});
  }

  /**
   * As {@link #read(List, Problems, Consumer)}, and hands each document that was read but failed
   * its schema to {@code despiteSchema}, with the problems its schema check found, so that the
   * semantic problems of its other elements can be reported too.
   */
  public void read(List<String> files, Problems problems, Consumer<YamlDocument> bind,
      BiConsumer<YamlDocument, List<Problem>> despiteSchema) {
    for (FileRead r : files.parallelStream().map(this::read).toList()) {
      problems.addAll(r.problems());
      r.doc().ifPresent(doc -> {
        if (r.schemaPassed()) {
          bind.accept(doc);
        } else {
          despiteSchema.accept(doc, r.problems().toList());
        }
      });
    }
  }

  /** One file read: its document when it could be parsed, whether it passed its schema, and its problems. */
  private record FileRead(Optional<YamlDocument> doc, boolean schemaPassed, Problems problems) {}

  private FileRead read(String file) {
    Problems problems = new Problems();
    FileKind kind = FileKind.of(file);
    if (kind == null) {
      problems.add(ProblemCode.CATALOGUE_UNKNOWN_FILE, SourceLocation.ofFile(file), file);
      return new FileRead(Optional.empty(), false, problems);
    }
    Optional<YamlDocument> doc = readBytes(folder.resolve(file), file, problems).flatMap(bytes -> reader.read(file, bytes, problems));
    boolean passed = doc.isPresent() && SchemaChecker.instance().check(kind, doc.get(), problems, limits.maxProblemsPerFile());
    return new FileRead(doc, passed, problems);
  }

  private static boolean isYaml(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    return f.endsWith(".yaml") || f.endsWith(".yml");
  }

  /** The file's bytes, reading at most one byte past the size cap so that a huge file costs nothing. */
  private Optional<byte[]> readBytes(Path path, String file, Problems problems) {
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      // links are not followed: a catalogue must not make the loader read files outside it
      if (Files.isSymbolicLink(path)) {
        problems.add(ProblemCode.CATALOGUE_LINK_NOT_FOLLOWED, SourceLocation.ofFile(file), file);
      } else {
        problems.add(ProblemCode.CATALOGUE_UNREADABLE_FILE, SourceLocation.ofFile(file), "not a regular file");
      }
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
