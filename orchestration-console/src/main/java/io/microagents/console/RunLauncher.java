package io.microagents.console;

import java.util.Objects;
import java.util.function.Function;

/**
 * A "start" form on the console's runs page, so a person can start a run from the browser
 * alone (the examples use it for the research pipeline).
 *
 * @param name what it starts, shown on the button ("research")
 * @param description one line under the form
 * @param defaultInput the text the form's input starts with
 * @param start starts a run on the given input and returns its workflow id (the page then
 *     shows that run)
 */
public record RunLauncher(String name, String description, String defaultInput, Function<String, String> start) {

  public RunLauncher {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    description = description == null ? "" : description;
    defaultInput = defaultInput == null ? "" : defaultInput;
  }
}
