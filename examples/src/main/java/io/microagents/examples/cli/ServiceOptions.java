package io.microagents.examples.cli;

import io.microagents.openai.OpenAiApi;
import picocli.CommandLine.Option;

/** The options every command that runs examples shares: the model and the Temporal service. */
public final class ServiceOptions {

  @Option(names = "--temporal", paramLabel = "HOST:PORT",
      description = "A Temporal cluster to use (default: an embedded in-process server)")
  String temporal;

  @Option(names = "--namespace", paramLabel = "NAME", defaultValue = "default",
      description = "The Temporal namespace (default: ${DEFAULT-VALUE})")
  String namespace;

  @Option(names = "--model", paramLabel = "NAME",
      description = "The model every agent uses (default: gpt-4o-mini)")
  String model;

  @Option(names = "--api", paramLabel = "API", defaultValue = "responses",
      description = "The OpenAI API to call: responses (default) or chat_completions, which most compatible servers offer")
  OpenAiApi api;

  @Option(names = "--offline",
      description = "Scripted model and recorded web data, even when OPENAI_API_KEY is set")
  boolean offline;
}
