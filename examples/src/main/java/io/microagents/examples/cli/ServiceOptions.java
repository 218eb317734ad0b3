package io.microagents.examples.cli;

import io.microagents.examples.TemporalTarget;
import io.microagents.openai.OpenAiApi;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every command that runs examples shares: the model and the Temporal service. */
public final class ServiceOptions {

  @Option(names = "--temporal", paramLabel = "HOST:PORT", converter = TemporalAddressConverter.class,
      description = "A Temporal cluster to use (default: an embedded in-process server)")
  String temporal;

  @Option(names = "--namespace", paramLabel = "NAME", defaultValue = "default",
      description = "The Temporal namespace (default: ${DEFAULT-VALUE})")
  String namespace;

  @Option(names = "--task-queue", paramLabel = "NAME",
      description = "The task queue of the workers and runs (default: microagents-offline or microagents-online, "
          + "by mode; the bare loop adds -agentic-loop)")
  String taskQueue;

  @Option(names = "--model", paramLabel = "NAME",
      description = "The model every agent uses (default: gpt-4o-mini)")
  String model;

  @Option(names = "--api", paramLabel = "API", defaultValue = "responses",
      description = "The OpenAI API to call: responses (default) or chat_completions, which most compatible servers offer")
  OpenAiApi api;

  @Option(names = "--payload-dir", paramLabel = "DIR",
      description = "The payload store (for payloads over 256 KiB) every process on --temporal shares "
          + "(default: microagents-payloads in the system's temporary directory)")
  Path payloadDir;

  /** Set by the durability example for the worker processes it starts on its own test server. */
  @Option(names = "--java-test-server", hidden = true)
  boolean javaTestServer;

  @Option(names = "--redis", paramLabel = "URI", converter = RedisUriConverter.class,
      description = "Stream the model's text through this Redis (redis://HOST:PORT), for workers and clients in "
          + "different processes (default: in memory, this process only)")
  String redis;

  @Option(names = "--low-latency",
      description = "The worker makes every model call as a local activity: no dispatch through the server per call "
          + "(see docs/guarantees.md for what it changes)")
  boolean lowLatency;

  @Option(names = "--offline",
      description = "Scripted model and recorded web data, even when OPENAI_API_KEY is set")
  boolean offline;

  /** The Temporal service these options name. */
  public TemporalTarget target() {
    return new TemporalTarget(temporal, namespace, payloadDir, javaTestServer);
  }

  /** A bad command line (exit 2) when {@code --temporal} is missing: {@code why} says what needs it. */
  void requireTemporal(CommandSpec spec, String why) {
    if (temporal == null) {
      throw new ParameterException(spec.commandLine(), spec.name() + " needs --temporal HOST:PORT: " + why);
    }
  }
}
