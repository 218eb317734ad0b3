package io.microagents.examples.cli;

import io.microagents.examples.SessionSettings;
import io.microagents.examples.web.WebEndpoints;
import io.microagents.openai.OpenAiApi;
import io.microagents.openai.OpenAiOptions;
import java.time.Duration;
import java.util.Map;

/**
 * Online or offline, decided once per command: online when OPENAI_API_KEY is set and
 * {@code --offline} is not given. Says so in the first line of output.
 *
 * @param offline whether the model is scripted and the web data recorded
 * @param model the model name to use, or {@code null} for the default
 * @param api the OpenAI API to call
 */
record Mode(boolean offline, String model, OpenAiApi api) {

  /** The offline model streams a word this often at the terminal, as a real one would. */
  static final Duration OFFLINE_PACE = Duration.ofMillis(8);

  static Mode of(ServiceOptions options, Map<String, String> env) {
    String key = env.get("OPENAI_API_KEY");
    boolean offline = options.offline || key == null || key.isBlank();
    String model = options.model;
    return new Mode(offline, model == null || model.isBlank() ? null : model, options.api);
  }

  /**
   * Session settings for this mode: OpenAI and the web APIs configured from the console's
   * environment, the Temporal service and task queue from the options.
   */
  SessionSettings.Builder settings(Console console, ServiceOptions options) {
    Map<String, String> env = console.env();
    return SessionSettings.builder(console.out()).offline(offline).model(model)
        .openAi(OpenAiOptions.builder().apiKey(env.get("OPENAI_API_KEY")).baseUrl(env.get("OPENAI_BASE_URL"))
            .api(api).build())
        .web(WebEndpoints.fromEnv(env))
        .temporal(options.target()).taskQueue(options.taskQueue).redis(options.redis).lowLatency(options.lowLatency)
        .offlinePace(offline ? OFFLINE_PACE : Duration.ZERO);
  }

  /**
   * The first line of a client that runs no worker: the model is called by whichever workers
   * poll the task queue, with their settings, so this process's own say nothing about it.
   */
  static String clientBanner(String address, String taskQueue) {
    return "Client only: the workers polling task queue " + taskQueue + " on " + address
        + " run the model and the tools, with their own settings";
  }

  /** The first line of output. */
  String banner(ServiceOptions options, Map<String, String> env) {
    if (offline) {
      return options.offline && env.get("OPENAI_API_KEY") != null
          ? "Offline (--offline): scripted model and recorded web data"
          : "Offline: scripted model and recorded web data (set OPENAI_API_KEY to use a real model)";
    }
    String base = env.getOrDefault("OPENAI_BASE_URL", OpenAiOptions.DEFAULT_BASE_URL);
    return "Online: model " + (model == null ? OpenAiOptions.DEFAULT_MODEL : model) + " at " + base
        + (api == OpenAiApi.CHAT_COMPLETIONS ? " (Chat Completions API)" : "") + ", live web APIs";
  }
}
