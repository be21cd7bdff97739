package io.github.tongban.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tongban list}: the items of a catalogue with code, name, department, scope and online level. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the items of a catalogue.")
final class ListCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Catalogue> loaded = common.validCatalogue(spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    Catalogue catalogue = loaded.get();
    if (common.json) {
      ArrayNode items = ValidateCommand.Json.MAPPER.createArrayNode();
      for (ServiceItem i : catalogue.items()) {
        items.addObject().put("code", i.code()).put("name", i.name()).put("department", i.department())
            .put("scope", i.scope().yamlName()).put("onlineLevel", i.onlineLevel().yamlName());
      }
      out.println(ValidateCommand.Json.MAPPER.writeValueAsString(items));
    } else {
      for (ServiceItem i : catalogue.items()) {
        String scope = common.lang.pick(i.scope().label(), i.scope().yamlName());
        String online = common.lang.pick(i.onlineLevel().label(), i.onlineLevel().yamlName());
        out.printf("%-16s %s | %s | %s | %s%n", i.code(), i.name(), i.department(), scope, online);
      }
      catalogue.info().notice().ifPresent(n -> out.println(common.lang.pick("说明:", "Note: ") + n));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
