/** tongban catalog: the bundled sample catalogue, illustrative content, and the editor schemas. */
module io.github.tongban.catalog {
  requires transitive io.github.tongban.core;
  requires jdk.zipfs;

  exports io.github.tongban.catalog;
}
