package io.github.tongban.maven;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.Json;
import io.github.tongban.present.Language;
import io.github.tongban.present.ProblemFormat;
import io.github.tongban.present.Reports;
import io.github.tongban.rules.DecisionEngine;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tongban:report}: the catalogue report (目录统计) over the versions in force on a day, as
 * {@code tongban report} writes it: {@code report.html} (bar charts, opens without a network) and
 * {@code report.json} in the output folder, and the figures in the build log. Fails the build when
 * the catalogue does not load, naming its errors.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public final class ReportMojo extends CatalogueMojo {
  /** Count the versions in force on this day (YYYY-MM-DD); today in the city by default. */
  @Parameter(property = "tongban.date")
  String date;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Language language = language();
    LocalDate day = day(date, LocalDate.now(DecisionEngine.CITY_ZONE));
    LoadResult result = CatalogueLoader.withDefaults().load(folder());
    if (!result.isValid()) {
      List<String> lines = ProblemFormat.refusal(result.errors().stream().map(this::shown).toList(), language).lines().toList();
      log(lines.subList(0, lines.size() - 1), getLog()::error);
      throw new MojoFailureException(lines.get(lines.size() - 1));
    }
    Catalogue catalogue = result.orElseThrow();
    write("report.html", Reports.html(catalogue, day, language).html(language));
    try {
      write("report.json", Json.pretty().writeValueAsString(Reports.json(catalogue, day)) + "\n");
    } catch (JsonProcessingException e) {
      throw new MojoExecutionException(e.getOriginalMessage(), e);
    }
    log(Reports.lines(catalogue, day, language), getLog()::info);
  }
}
