/**
 * Examples of embedding tongban. Compiled as a named module that reads only tongban's exported
 * packages, so an example that needed an internal class would not compile.
 */
module io.github.tongban.examples {
  requires io.github.tongban.catalog;
  requires io.github.tongban.rules;

  exports io.github.tongban.examples;
}
