package io.github.tongban.spring;

import io.github.tongban.present.Language;
import io.github.tongban.present.ProblemFormat;
import io.github.tongban.present.SafeText;
import io.github.tongban.core.validation.Problem;
import java.util.List;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a {@link CatalogueLoadException} at startup into Spring Boot's failure report: which
 * catalogue, each error on a line with its file, line and column (neutralised, in
 * {@code tongban.language}), and what to do. No stack trace is needed to see what is wrong.
 */
class CatalogueLoadFailureAnalyzer extends AbstractFailureAnalyzer<CatalogueLoadException> {
  private final Environment environment;

  CatalogueLoadFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CatalogueLoadException cause) {
    Language language = Language.of(environment.getProperty("tongban.language", "zh"));
    List<Problem> errors = cause.problems().stream().filter(Problem::isError).toList();
    if (errors.isEmpty()) {
      return new FailureAnalysis(SafeText.line(cause.getMessage()),
          language.pick("设置 tongban.catalogue.path 为事项目录所在的文件夹。", "Set tongban.catalogue.path to the catalogue folder."), cause);
    }
    StringBuilder description = new StringBuilder(language.pick("事项目录 ", "The tongban catalogue "))
        .append(SafeText.line(cause.source()))
        .append(language.pick(" 有 " + errors.size() + " 个错误,无法使用:", " has " + errors.size() + " error(s) and cannot be served:"));
    errors.forEach(p -> description.append("\n  ").append(ProblemFormat.line(p, language)));
    String action = language.pick("改正以上错误(tongban validate 目录 会列出每个问题及改法),或将 tongban.catalogue.path 指向有效的事项目录。",
        "Correct the errors above (tongban validate DIR lists every problem with a hint), or point tongban.catalogue.path "
            + "to a valid catalogue folder.");
    return new FailureAnalysis(description.toString(), action, cause);
  }
}
