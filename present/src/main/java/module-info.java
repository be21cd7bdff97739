/**
 * tongban present: the one presentation layer. Every front end (the CLI, the HTTP service, the
 * clerk's page) reads JSON facts through {@link io.github.tongban.present.FactsJson} and renders
 * decisions, notices, guides, reports, diffs and problems through this module, so an application
 * gets the same answer and the same papers at every window.
 */
module io.github.tongban.present {
  requires transitive io.github.tongban.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.github.tongban.present;
}
