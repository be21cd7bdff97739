/**
 * tongban rules: the decision engine. Built on Drools' executable model: rules are made from the
 * typed condition trees in code, never from generated source text.
 */
module io.github.tongban.rules {
  requires transitive io.github.tongban.core;
  requires org.drools.modelcompiler;
  requires org.drools.canonicalmodel;
  requires org.kie.api;
  requires org.kie.internal.api;
  requires org.slf4j;

  exports io.github.tongban.rules;
}
