package io.github.tongban.maven;

import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.SourceLocation;
import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal of the plugin shares: the catalogue folder, where the reports go, the language,
 * {@code skip}, and how catalogue files are named in reports and in the build log. Files are named
 * relative to the project's folder (the catalogue repository's root, where CI tools look for
 * them), or absolutely when the catalogue lies outside it. Everything written to the log has been
 * rendered and neutralised by the presentation layer ({@code tongban-present}).
 */
abstract class CatalogueMojo extends AbstractMojo {
  /**
   * The catalogue folder: the one holding {@code catalogue.yaml}, {@code items/} and
   * {@code tests/}; by default the project's folder, or the current folder when the goal runs
   * without a POM ({@code mvn io.github.tongban:tongban-maven-plugin:VERSION:validate}).
   */
  @Parameter(property = "tongban.catalogue", defaultValue = "${project.basedir}")
  File catalogue;

  /** The project's folder (none without a POM); files in reports and messages are named relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  /** The project's build folder (none without a POM). */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  /** Where the reports are written: by default {@code tongban/} in the build folder, {@code target/tongban/} without a POM. */
  @Parameter(property = "tongban.outputDirectory")
  File outputDirectory;

  /** The language of messages and reports: {@code zh} (zh-CN, the default) or {@code en}. */
  @Parameter(property = "tongban.lang", defaultValue = "zh")
  String lang;

  /** Skip every tongban goal. */
  @Parameter(property = "tongban.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info(language().pick("tongban 已跳过(tongban.skip)", "tongban skipped (tongban.skip)"));
      return;
    }
    // Drools and Jackson look up their services through the context class loader: make it this plugin's
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(getClass().getClassLoader());
    try {
      run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The goal's work, with the context class loader set to the plugin's. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  final Language language() {
    return Language.of(lang);
  }

  /** The project's folder, or the current folder when the goal runs without a POM; absolute and normalised. */
  final Path root() {
    return (basedir == null ? Path.of("") : basedir.toPath()).toAbsolutePath().normalize();
  }

  /** The catalogue folder, absolute and normalised. */
  final Path folder() {
    return catalogue == null ? root() : root().resolve(catalogue.toPath()).normalize();
  }

  /** The folder the reports are written to. */
  final Path output() {
    if (outputDirectory != null) {
      return root().resolve(outputDirectory.toPath()).normalize();
    }
    return basedir == null || buildDirectory == null ? root().resolve("target/tongban") : buildDirectory.toPath().resolve("tongban");
  }

  /**
   * The catalogue folder as reports name it: relative to the project's folder when it lies in it
   * (empty when it is the project's folder), else absolute.
   */
  final Optional<Path> shownFolder() {
    Path base = root();
    Path folder = folder();
    return Optional.of(folder.startsWith(base) ? base.relativize(folder) : folder);
  }

  /** {@code file} (relative to the catalogue folder) as reports name it. */
  final String shown(String file) {
    return shownFolder().map(f -> f.resolve(file).normalize().toString().replace(File.separatorChar, '/')).orElse(file);
  }

  /** The problem, its file named as reports name it. */
  final Problem shown(Problem p) {
    SourceLocation at = p.location();
    return new Problem(p.code(), p.severity(), new SourceLocation(shown(at.file()), at.line(), at.column(), at.pointer()),
        p.message(), p.hint());
  }

  /** Writes {@code text} to {@code name} in the output folder, and says so in the log. */
  final Path write(String name, String text) throws MojoExecutionException {
    Path file = output().resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException(language().pick("无法写入 ", "Cannot write ") + file + ": " + SafeText.line(e.getMessage()), e);
    }
    getLog().info(language().pick("已写入 ", "Wrote ") + SafeText.line(file.toString()));
    return file;
  }

  /** Each line of {@code text}, neutralised once more (the log is a terminal and a CI log), to {@code level}. */
  static void log(String text, Consumer<CharSequence> level) {
    text.lines().map(SafeText::line).forEach(level);
  }

  /** Each line of {@code lines} to {@code level}, neutralised. */
  static void log(List<String> lines, Consumer<CharSequence> level) {
    lines.forEach(l -> log(l, level));
  }

  /** The day named by {@code date} (YYYY-MM-DD), or today in the city when it is empty. */
  final LocalDate day(String date, LocalDate today) throws MojoExecutionException {
    if (date == null || date.isBlank()) {
      return today;
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new MojoExecutionException(language().pick("tongban.date 应为 YYYY-MM-DD 形式的日期,不能是 ",
          "tongban.date must be a date such as 2026-03-02 (YYYY-MM-DD), not ") + SafeText.line(date), e);
    }
  }
}
