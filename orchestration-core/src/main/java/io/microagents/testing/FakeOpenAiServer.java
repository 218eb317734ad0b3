package io.microagents.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.microagents.json.Json;
import io.microagents.openai.AgentHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An OpenAI-compatible HTTP server for tests: serves {@code POST /v1/responses} and
 * {@code POST /v1/chat/completions} from a script, records every request, and injects the
 * faults durable code must survive (error statuses, late answers, dropped connections,
 * truncated bodies, streams cut off).
 *
 * <p>A request with {@code "stream": true} gets its scripted answer as the API streams it:
 * Server-Sent Events built from the same body (Responses API events, or Chat Completions
 * chunks with usage last when {@code stream_options.include_usage} asks for it), the text word
 * by word, so a script serves streaming and non-streaming callers alike. The pace is one event
 * after the other by default; {@link #chunkDelay(Duration)} (or
 * {@link FakeReply#withChunkDelay(Duration)}) streams at a fixed rate, and
 * {@link FakeReply#withStreamDroppedAfter(int)} cuts a stream off once.
 *
 * <p>Point a real client at {@link #baseUrl()}. Replies are taken from a queue in order;
 * {@link #respondWith(Function)} answers from a function instead. Replies may also be queued
 * for one agent ({@link #forAgent(String)}): the adapters name the calling agent in a header
 * ({@link AgentHeader}), and an agent's request takes from its own queue first, then from the
 * shared one — so agents running in parallel each get their script, whatever the order of
 * their calls. With nothing left to answer, the server sends 500 "FakeOpenAiServer: no
 * scripted response left" so a test fails visibly. Binds only to 127.0.0.1, on a free port.
 * Thread-safe.
 */
public final class FakeOpenAiServer implements AutoCloseable {

  /** The path of the Responses API. */
  public static final String RESPONSES_PATH = "/v1/responses";
  /** The path of the Chat Completions API. */
  public static final String CHAT_COMPLETIONS_PATH = "/v1/chat/completions";

  private final Deque<FakeReply> replies = new LinkedList<>();
  private final Map<String, AgentReplies> byAgent = new LinkedHashMap<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private Function<RecordedRequest, FakeReply> responder;
  private Duration chunkDelay = Duration.ZERO;
  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY each response
    // waits out the client's delayed ACK (about 40 ms), which would swamp every measurement.
    // Read once, when the JDK's server classes load: set it before the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private HttpServer server;
  private ExecutorService executor;

  /** Binds to 127.0.0.1 on an ephemeral port and starts serving; returns this server. */
  public synchronized FakeOpenAiServer start() {
    if (server != null) {
      return this;
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("FakeOpenAiServer: cannot bind 127.0.0.1", e);
    }
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-openai-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    return this;
  }

  /** The base URL for a client, e.g. {@code http://127.0.0.1:PORT/v1}. */
  public synchronized String baseUrl() {
    if (server == null) {
      throw new IllegalStateException("FakeOpenAiServer is not started");
    }
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Queues a reply; replies are served in the order queued. */
  public synchronized FakeOpenAiServer enqueue(FakeReply reply) {
    replies.addLast(reply);
    return this;
  }

  /** Queues a raw JSON body with a status. */
  public FakeOpenAiServer enqueue(int status, String json) {
    return enqueue(FakeReply.json(status, json));
  }

  /** Queues a 200 answer with a JSON body. */
  public FakeOpenAiServer enqueue(String json) {
    return enqueue(FakeReply.ok(json));
  }

  /** The queue of replies for requests made by one agent (by its name); created on first use. */
  public synchronized AgentReplies forAgent(String agent) {
    return byAgent.computeIfAbsent(agent, a -> new AgentReplies(this, a));
  }

  /** Answers every request from a function once the queue is empty; {@code null} removes it. */
  public synchronized FakeOpenAiServer respondWith(Function<RecordedRequest, FakeReply> responder) {
    this.responder = responder;
    return this;
  }

  /**
   * Pauses {@code delay} before each streamed event after the first, for every reply that sets
   * no pace of its own: a stream at a fixed rate. Zero (the default) streams without pauses.
   */
  public synchronized FakeOpenAiServer chunkDelay(Duration delay) {
    if (Objects.requireNonNull(delay, "delay").isNegative()) {
      throw new IllegalArgumentException("chunk delay must not be negative, got " + delay);
    }
    this.chunkDelay = delay;
    return this;
  }

  /** Every request received so far, in order. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many requests were received. */
  public synchronized int requestCount() {
    return requests.size();
  }

  /** The last request received; fails when there was none. */
  public synchronized RecordedRequest lastRequest() {
    if (requests.isEmpty()) {
      throw new IllegalStateException("FakeOpenAiServer received no request");
    }
    return requests.get(requests.size() - 1);
  }

  /** The requests made by one agent, in order. */
  public synchronized List<RecordedRequest> requests(String agent) {
    return requests.stream().filter(r -> agent.equals(r.agent())).toList();
  }

  /** How many queued replies are left, in the shared queue and the agents' queues. */
  public synchronized int remaining() {
    int n = replies.size();
    for (AgentReplies a : byAgent.values()) {
      n += a.replies.size();
    }
    return n;
  }

  /** Stops serving; late replies still waiting are abandoned. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean dropped = false;
    try {
      RecordedRequest request = record(exchange);
      FakeReply reply = next(request);
      if (!reply.delay().isZero() && !sleep(reply)) {
        return;
      }
      List<SseEvent> events = FakeStreamWriter.events(request, reply);
      if (events == null) {
        FakeReplyWriter.write(exchange, reply);
      } else {
        FakeStreamWriter.write(exchange, reply, events, chunkDelay(reply));
      }
    } catch (FakeStreamWriter.Dropped e) {
      dropped = true; // closing the exchange would end the response properly: leave the socket to the server
      throw e;
    } finally {
      if (!dropped) {
        exchange.close();
      }
    }
  }

  private synchronized Duration chunkDelay(FakeReply reply) {
    return reply.chunkDelay() != null ? reply.chunkDelay() : chunkDelay;
  }

  private RecordedRequest record(HttpExchange exchange) throws IOException {
    String text;
    try (InputStream in = exchange.getRequestBody()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach(
        (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(), headers, text, parse(text));
    synchronized (this) {
      requests.add(request);
    }
    return request;
  }

  private FakeReply next(RecordedRequest request) {
    if (!"POST".equals(request.method())
        || !(RESPONSES_PATH.equals(request.path()) || CHAT_COMPLETIONS_PATH.equals(request.path()))) {
      return FakeReply.error(404, "FakeOpenAiServer: no route for " + request.method() + " "
          + request.path(), "invalid_request_error", "unknown_url");
    }
    Function<RecordedRequest, FakeReply> answer;
    synchronized (this) {
      AgentReplies own = request.agent() == null ? null : byAgent.get(request.agent());
      if (own != null && !own.replies.isEmpty()) {
        return take(own.replies, request);
      }
      if (!replies.isEmpty()) {
        return take(replies, request);
      }
      answer = responder;
    }
    if (answer != null) {
      return answer.apply(request); // outside the lock: a slow responder must not stall other requests
    }
    return FakeReply.error(500, "FakeOpenAiServer: no scripted response left", "server_error",
        "no_scripted_response");
  }

  /** The first reply of a queue; a stream cut off once stays queued, whole, for the retry. */
  private static FakeReply take(Deque<FakeReply> queue, RecordedRequest request) {
    FakeReply reply = queue.removeFirst();
    if (reply.fault() == FakeReply.Fault.STREAM_DROPPED && request.stream()) {
      queue.addFirst(reply.withoutFault());
    }
    return reply;
  }

  private static boolean sleep(FakeReply reply) {
    try {
      Thread.sleep(reply.delay().toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The text parsed as JSON; {@code null} when blank or not JSON. */
  static JsonNode parse(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /** The replies queued for one agent's requests. */
  public static final class AgentReplies {
    private final FakeOpenAiServer server;
    private final String agent;
    private final Deque<FakeReply> replies = new LinkedList<>();

    private AgentReplies(FakeOpenAiServer server, String agent) {
      this.server = server;
      this.agent = agent;
    }

    /** Queues a reply for this agent. */
    public AgentReplies enqueue(FakeReply reply) {
      synchronized (server) {
        replies.addLast(reply);
      }
      return this;
    }

    /** Queues a 200 answer with a JSON body for this agent. */
    public AgentReplies enqueue(String json) {
      return enqueue(FakeReply.ok(json));
    }

    /** The agent this queue serves. */
    public String agent() {
      return agent;
    }
  }
}
