package io.microagents.examples.cli;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleCatalog;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** The positional arguments of {@code run} and {@code start}: the example, then its input. */
public final class ExampleArguments {

  @Parameters(index = "0", paramLabel = "EXAMPLE", description = "The example to run (see list)")
  String example;

  @Parameters(index = "1..*", paramLabel = "INPUT", description = "The input; the example's own when omitted")
  List<String> input = new ArrayList<>();

  /** The example named, or a usage error naming the known ones. */
  Example example(CommandSpec spec) {
    return ExampleCatalog.find(example).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "Unknown example '" + example + "'; known examples: " + String.join(", ", ExampleCatalog.names())));
  }

  /** The input given, or the example's default. */
  List<String> input(Example e) {
    return input.isEmpty() ? e.defaultInput() : input;
  }
}
