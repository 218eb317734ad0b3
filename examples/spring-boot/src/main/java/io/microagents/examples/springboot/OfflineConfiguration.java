package io.microagents.examples.springboot;

import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.offline.OfflineModel;
import io.microagents.examples.research.ResearchScript;
import io.microagents.examples.web.FakeWebApis;
import io.microagents.examples.web.WebEndpoints;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Offline mode, as the examples CLI's {@code --offline}: with no API key
 * ({@code microagents.openai.api-key} or {@code OPENAI_API_KEY}) the model is the examples'
 * scripted {@link OfflineModel} (a {@code ModelProvider} bean, so the starter's OpenAI provider
 * steps aside) and the research searches go to a local server of recorded web data.
 */
@Configuration(proxyBeanMethods = false)
public class OfflineConfiguration {

  private static final Logger log = LoggerFactory.getLogger(OfflineConfiguration.class);

  /** Matches when no API key is configured. */
  static final class NoApiKey implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String key = context.getEnvironment().getProperty("microagents.openai.api-key",
          context.getEnvironment().getProperty("OPENAI_API_KEY", ""));
      return key.isBlank();
    }
  }

  /** The scripted model of the research and gift agents. */
  @Bean
  @Conditional(NoApiKey.class)
  public OfflineModel offlineModel() {
    log.info("Offline: scripted model and recorded web data (set microagents.openai.api-key or OPENAI_API_KEY for a real model)");
    Map<String, AgentScript> scripts = new HashMap<>(ResearchScript.scripts());
    scripts.putAll(GiftScripts.scripts());
    return new OfflineModel(scripts);
  }

  /** The recorded web data, on 127.0.0.1. */
  @Bean(destroyMethod = "close")
  @Conditional(NoApiKey.class)
  public FakeWebApis fakeWebApis() {
    return FakeWebApis.start();
  }

  /** Where the research agents' web searches go: the local recordings offline, the real services online. */
  @Bean
  public WebEndpoints webEndpoints(ObjectProvider<FakeWebApis> fake) {
    FakeWebApis local = fake.getIfAvailable();
    return local != null ? local.endpoints() : WebEndpoints.fromEnv();
  }
}
