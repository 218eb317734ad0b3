package io.microagents.console;

import io.microagents.console.internal.ConsoleServer;
import io.microagents.console.internal.ConsoleSettings;
import io.microagents.temporal.AgentClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A web console for the runs of one Temporal namespace: a list of runs, a run's tree with
 * its text streaming in, and an inbox where people answer questions and approve tool calls.
 * Mount it in a service of your own or run it beside one; it reads through the
 * {@link AgentClient} it is given (build that client with the workers' stream transport to
 * see text live).
 *
 * <pre>{@code
 * try (MicroagentsConsole console = MicroagentsConsole.builder(env.client()).port(8080).build().start()) {
 *   System.out.println("Console at " + console.url());
 *   ...
 * }
 * }</pre>
 *
 * <p>Safe by default: it binds 127.0.0.1 (and then accepts only loopback host names, against
 * DNS rebinding), refuses form posts from other origins, and with a {@link Builder#token
 * token} refuses every request without it. Pages show runs' inputs and outputs, never
 * credentials.
 */
public final class MicroagentsConsole implements AutoCloseable {

  private final ConsoleSettings settings;
  private ConsoleServer server;

  private MicroagentsConsole(ConsoleSettings settings) {
    this.settings = settings;
  }

  /** A console reading and answering through {@code client}. */
  public static Builder builder(AgentClient client) {
    return new Builder(client);
  }

  /** Starts serving; returns this console. Fails when the address cannot be bound. */
  public synchronized MicroagentsConsole start() {
    if (server == null) {
      server = ConsoleServer.start(settings);
    }
    return this;
  }

  /** The port it listens on (the one chosen when built with port 0). */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("The console is not started: call start() first");
    }
    return server.port();
  }

  /** The address to open in a browser; with a token, carrying it (the page then keeps it in a cookie). */
  public String url() {
    String host = settings.bindAddress().equals("0.0.0.0") ? "127.0.0.1" : settings.bindAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    String base = "http://" + host + ":" + port() + "/";
    return settings.token() == null ? base : base + "?token=" + URLEncoder.encode(settings.token(), StandardCharsets.UTF_8);
  }

  /** Stops serving; open pages lose their live updates. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /** Builds a {@link MicroagentsConsole}: defaults are 127.0.0.1, a free port, no token. */
  public static final class Builder {
    private final AgentClient client;
    private String bindAddress = "127.0.0.1";
    private int port;
    private String token;
    private String temporalUi;
    private final List<WorkflowQuestions> questions = new ArrayList<>();
    private final List<RunLauncher> launchers = new ArrayList<>();

    private Builder(AgentClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /** The address to listen on (default 127.0.0.1; {@code 0.0.0.0} for every interface: then set a token). */
    public Builder bindAddress(String v) { this.bindAddress = Objects.requireNonNull(v, "bindAddress"); return this; }

    /** The port (default 0: a free one, see {@link MicroagentsConsole#port()}). */
    public Builder port(int v) {
      if (v < 0 || v > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + v);
      }
      this.port = v;
      return this;
    }

    /**
     * A token every request must carry: header {@code Authorization: Bearer <token>}, a
     * {@code ?token=} query (then kept in a cookie) or that cookie. {@code null}: none.
     */
    public Builder token(String v) { this.token = v == null || v.isBlank() ? null : v; return this; }

    /** The Temporal UI's base address (e.g. {@code http://localhost:8233}), for links to each workflow; {@code null}: no links. */
    public Builder temporalUi(String v) { this.temporalUi = v == null || v.isBlank() ? null : v.replaceAll("/+$", ""); return this; }

    /** Questions of a workflow type of your own, for the inbox. */
    public Builder questions(WorkflowQuestions v) { this.questions.add(Objects.requireNonNull(v, "questions")); return this; }

    /** A "start" form on the runs page. */
    public Builder launcher(RunLauncher v) { this.launchers.add(Objects.requireNonNull(v, "launcher")); return this; }

    public MicroagentsConsole build() {
      return new MicroagentsConsole(new ConsoleSettings(client, bindAddress, port, token, temporalUi,
          List.copyOf(questions), List.copyOf(launchers)));
    }
  }
}
