package io.microagents.spring.internal;

import io.microagents.openai.OpenAiApi;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.spring.MicroagentsConfigurationException;
import io.microagents.spring.MicroagentsProperties;
import java.net.URI;
import java.util.Locale;

/** The default model provider of a Spring application: OpenAI, from {@code microagents.openai.*}. */
public final class OpenAiProviders {

  private OpenAiProviders() {}

  /**
   * An OpenAI provider for these properties (the environment's {@code OPENAI_API_KEY} and
   * {@code OPENAI_BASE_URL} filling what they leave out).
   *
   * @throws MicroagentsConfigurationException naming the property: no key anywhere, a base URL
   *     that is not http(s), an unknown API
   */
  public static OpenAiModelProvider create(MicroagentsProperties properties) {
    MicroagentsProperties.OpenAi openai = properties.getOpenai();
    OpenAiOptions.Builder b = OpenAiOptions.builder().apiKey(openai.getApiKey()).defaultModel(properties.getModel());
    if (openai.getBaseUrl() != null && !openai.getBaseUrl().isBlank()) {
      b.baseUrl(checkUrl(openai.getBaseUrl()));
    }
    if (openai.getApi() != null && !openai.getApi().isBlank()) {
      b.api(api(openai.getApi()));
    }
    OpenAiOptions options = b.build();
    if (options.apiKey() == null) {
      throw new MicroagentsConfigurationException("microagents.openai.api-key", "is not set, nor is OPENAI_API_KEY",
          "Set one (any value for a local server that wants none), or define a ModelProvider bean of your own");
    }
    return new OpenAiModelProvider(options);
  }

  private static String checkUrl(String url) {
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url.trim();
      }
    } catch (Exception e) {
      // reported below
    }
    throw new MicroagentsConfigurationException("microagents.openai.base-url", "'" + url + "' is not an http(s) URL",
        "Give the API's base URL, e.g. https://api.openai.com/v1 or http://localhost:11434/v1");
  }

  private static OpenAiApi api(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (OpenAiApi api : OpenAiApi.values()) {
      if (api.name().equals(v)) {
        return api;
      }
    }
    throw new MicroagentsConfigurationException("microagents.openai.api", "'" + value + "' is no API",
        "Use responses (the default) or chat_completions");
  }
}
