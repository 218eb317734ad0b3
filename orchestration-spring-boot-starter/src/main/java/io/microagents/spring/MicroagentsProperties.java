package io.microagents.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code microagents.*} properties. Per-agent settings
 * ({@code microagents.agents.<name>.model}, {@code .start-to-close-timeout},
 * {@code .maximum-attempts}) are read beside these, as {@link AgentProperties}, by agent name.
 */
@ConfigurationProperties(prefix = "microagents")
public class MicroagentsProperties {

  /** The task queue of agent runs: the worker that runs them and the client that starts them. */
  private String taskQueue = "microagents";

  /** The default model: the one used when neither the agent nor the run names a model. */
  private String model;

  /** The OpenAI (or OpenAI-compatible) server of the default model provider. */
  private final OpenAi openai = new OpenAi();

  /** Where agents are found. */
  private final Agents agents = new Agents();

  /** The task queue of agent runs. */
  public String getTaskQueue() { return taskQueue; }

  /** Sets the task queue of agent runs. */
  public void setTaskQueue(String taskQueue) { this.taskQueue = taskQueue; }

  /** The default model, or {@code null} for the provider's own default. */
  public String getModel() { return model; }

  /** Sets the default model. */
  public void setModel(String model) { this.model = model; }

  /** The OpenAI settings. */
  public OpenAi getOpenai() { return openai; }

  /** Where agents are found. */
  public Agents getAgents() { return agents; }

  /** {@code microagents.openai.*}: the server of the default {@code ModelProvider}. */
  public static class OpenAi {

    /** The API key; without it, the {@code OPENAI_API_KEY} environment variable. Never logged. */
    private String apiKey;

    /** The API's base URL; without it, {@code OPENAI_BASE_URL} or OpenAI's own. */
    private String baseUrl;

    /** Which API to call: {@code responses} (default) or {@code chat_completions}. */
    private String api;

    /** The API key. */
    public String getApiKey() { return apiKey; }

    /** Sets the API key. */
    public void setApiKey(String apiKey) { this.apiKey = apiKey; }

    /** The base URL. */
    public String getBaseUrl() { return baseUrl; }

    /** Sets the base URL. */
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }

    /** The API. */
    public String getApi() { return api; }

    /** Sets the API. */
    public void setApi(String api) { this.api = api; }

    @Override
    public String toString() {
      return "OpenAi{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***") + ", api=" + api + "}";
    }
  }

  /** {@code microagents.agents.*}: where agents are found. */
  public static class Agents {

    /**
     * Packages scanned for {@code @Agent} classes (sub-packages included). Empty: the
     * application's own package (that of {@code @SpringBootApplication}). {@code @Agent} beans
     * are registered wherever they are.
     */
    private List<String> packages = new ArrayList<>();

    /** The packages scanned. */
    public List<String> getPackages() { return packages; }

    /** Sets the packages scanned. */
    public void setPackages(List<String> packages) { this.packages = packages; }
  }
}
