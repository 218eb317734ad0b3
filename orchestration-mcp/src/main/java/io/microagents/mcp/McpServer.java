package io.microagents.mcp;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a worker reaches one MCP server an agent names: a command it starts (stdio) or a
 * streamable-HTTP URL, which of the server's tools agents get, and under what names.
 * Environment values and headers are secrets: they go to the server only, never into a
 * tool's spec, an error text, a history or a log.
 */
public final class McpServer {

  /** How the worker talks to the server. */
  public enum Transport {
    /** A process the worker starts, speaking JSON-RPC on its standard input and output. */
    STDIO,
    /** An HTTP endpoint speaking MCP's streamable HTTP. */
    HTTP
  }

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final String name;
  private final Transport transport;
  private final String command;
  private final List<String> args;
  private final Map<String, String> env;
  private final URI url;
  private final Map<String, String> headers;
  private final Set<String> allow;
  private final Set<String> deny;
  private final String prefix;
  private final Duration requestTimeout;
  private final Duration toolsRefresh;

  private McpServer(Builder b) {
    if (b.name == null || !NAME.matcher(b.name).matches()) {
      throw new IllegalArgumentException("MCP server name '" + b.name + "' is invalid; use 1 to 64 letters, digits, '_' or '-'");
    }
    this.name = b.name;
    this.transport = b.transport;
    this.command = b.command;
    this.args = List.copyOf(b.args);
    this.env = Map.copyOf(b.env);
    this.url = b.url;
    this.headers = Map.copyOf(b.headers);
    this.allow = Set.copyOf(b.allow);
    this.deny = Set.copyOf(b.deny);
    this.prefix = b.prefix;
    this.requestTimeout = Objects.requireNonNull(b.requestTimeout, "requestTimeout");
    this.toolsRefresh = Objects.requireNonNull(b.toolsRefresh, "toolsRefresh");
    if (toolsRefresh.isNegative()) {
      throw new IllegalArgumentException("MCP server '" + name + "': toolsRefresh " + toolsRefresh + " is negative");
    }
    if (prefix != null && !prefix.isEmpty() && !NAME.matcher(prefix).matches()) {
      throw new IllegalArgumentException("MCP server '" + name + "': prefix '" + prefix + "' is invalid; use letters, digits, '_' or '-'");
    }
  }

  /** A server the worker starts as {@code command args…}, speaking MCP on its stdin and stdout. */
  public static Builder stdio(String name, String command, String... args) {
    Builder b = new Builder(name, Transport.STDIO);
    b.command = Objects.requireNonNull(command, "command");
    b.args.addAll(List.of(args));
    return b;
  }

  /** A server at a streamable-HTTP endpoint, such as {@code http://127.0.0.1:8931/mcp}. */
  public static Builder http(String name, String url) {
    Builder b = new Builder(name, Transport.HTTP);
    b.url = URI.create(Objects.requireNonNull(url, "url"));
    if (b.url.getScheme() == null || !b.url.getScheme().startsWith("http")) {
      throw new IllegalArgumentException("MCP server '" + name + "': '" + url + "' is not an http(s) URL");
    }
    return b;
  }

  /** The name agents use in {@code @Agent(mcpServers = …)}. */
  public String name() { return name; }

  /** Stdio or HTTP. */
  public Transport transport() { return transport; }

  /** The command of a stdio server, else {@code null}. */
  public String command() { return command; }

  /** The arguments of a stdio server's command. */
  public List<String> args() { return args; }

  /** Environment variables of a stdio server's process (secret). */
  public Map<String, String> env() { return env; }

  /** The endpoint of an HTTP server, else {@code null}. */
  public URI url() { return url; }

  /** Headers sent with every request to an HTTP server (secret: tokens go here). */
  public Map<String, String> headers() { return headers; }

  /** The only tools taken, by the server's names; empty for all. */
  public Set<String> allow() { return allow; }

  /** Tools left out, by the server's names. */
  public Set<String> deny() { return deny; }

  /** Put before every tool's name ({@code files_} makes {@code read} {@code files_read}); empty for none. */
  public String prefix() { return prefix == null ? "" : prefix; }

  /** How long one request (a listing or a call) may take before the attempt fails and may be retried. */
  public Duration requestTimeout() { return requestTimeout; }

  /**
   * How old this worker's list of the server's tools may be when a run starts: older, it is
   * listed again (in the run's tool-list activity); {@code ZERO}: listed for every run.
   */
  public Duration toolsRefresh() { return toolsRefresh; }

  /** Whether agents get the server's tool of this (unprefixed) name. */
  public boolean offers(String toolName) {
    return (allow.isEmpty() || allow.contains(toolName)) && !deny.contains(toolName);
  }

  /** Every secret value, to be masked wherever a message could carry one. */
  public List<String> secrets() {
    List<String> s = new ArrayList<>(env.values());
    s.addAll(headers.values());
    return s;
  }

  @Override
  public String toString() {
    // no env, no headers: toString ends up in logs
    return "McpServer[" + name + ", " + (transport == Transport.STDIO ? command : url) + "]";
  }

  /** Builds an {@link McpServer}. */
  public static final class Builder {
    private final String name;
    private final Transport transport;
    private String command;
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private URI url;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Set<String> allow = new LinkedHashSet<>();
    private final Set<String> deny = new LinkedHashSet<>();
    private String prefix;
    private Duration requestTimeout = Duration.ofSeconds(60);
    private Duration toolsRefresh = Duration.ofMinutes(1);

    private Builder(String name, Transport transport) {
      this.name = name;
      this.transport = transport;
    }

    /** Adds an environment variable of a stdio server's process (the worker's own are not passed on but for a few basics). */
    public Builder env(String key, String value) { requireStdio("env"); env.put(key, value); return this; }

    /** Adds a header to every request to an HTTP server, such as {@code Authorization}. */
    public Builder header(String key, String value) { requireHttp("header"); headers.put(key, value); return this; }

    /** Takes only these of the server's tools (by the server's names). */
    public Builder allow(String... tools) { allow.addAll(List.of(tools)); return this; }

    /** Leaves out these of the server's tools (by the server's names). */
    public Builder deny(String... tools) { deny.addAll(List.of(tools)); return this; }

    /** Puts this before every tool's name, to keep them apart from the agent's own tools. */
    public Builder prefix(String p) { this.prefix = p; return this; }

    /** How long one request may take; 60 seconds by default. */
    public Builder requestTimeout(Duration d) { this.requestTimeout = d; return this; }

    /** How old the worker's list of the server's tools may be when a run starts (default one minute; ZERO: every run lists). */
    public Builder toolsRefresh(Duration d) { this.toolsRefresh = d; return this; }

    public McpServer build() {
      return new McpServer(this);
    }

    private void requireStdio(String what) {
      if (transport != Transport.STDIO) {
        throw new IllegalArgumentException("MCP server '" + name + "': " + what + " is for stdio servers");
      }
    }

    private void requireHttp(String what) {
      if (transport != Transport.HTTP) {
        throw new IllegalArgumentException("MCP server '" + name + "': " + what + " is for HTTP servers");
      }
    }
  }
}
