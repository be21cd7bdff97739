/** tongban cli: the {@code tongban} command line. */
module io.github.tongban.cli {
  requires io.github.tongban.catalog;
  requires io.github.tongban.present;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  opens io.github.tongban.cli to info.picocli;
}
