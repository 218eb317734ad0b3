package io.microagents.spring.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults for Temporal's starter, below every property source of the application: with no
 * {@code spring.temporal.connection.target}, the embedded test server
 * ({@code spring.temporal.test-server.enabled=true}), so a fresh machine runs the application
 * with nothing installed; and one worker on {@code microagents.task-queue}, so the starter makes
 * its worker factory. A workers list of the application's own replaces that default whole.
 */
public final class EmbeddedTemporalDefaults implements EnvironmentPostProcessor, Ordered {

  /** The name of the property source holding the defaults. */
  public static final String SOURCE = "microagentsTemporalDefaults";

  private final Log log;

  /** Called by Spring Boot. */
  public EmbeddedTemporalDefaults(DeferredLogFactory logs) {
    this.log = logs.getLog(EmbeddedTemporalDefaults.class);
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> defaults = new LinkedHashMap<>();
    String target = environment.getProperty("spring.temporal.connection.target");
    if ((target == null || target.isBlank()) && !environment.containsProperty("spring.temporal.test-server.enabled")) {
      defaults.put("spring.temporal.test-server.enabled", "true");
      log.info("Microagents: no spring.temporal.connection.target, so an embedded Temporal test server");
    }
    defaults.put("spring.temporal.workers[0].task-queue", "${microagents.task-queue:microagents}");
    environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
