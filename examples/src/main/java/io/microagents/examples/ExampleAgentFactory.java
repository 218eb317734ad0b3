package io.microagents.examples;

import io.microagents.agent.AgentFactory;
import io.microagents.examples.web.WebEndpoints;
import java.lang.reflect.Constructor;

/**
 * Creates the examples' agents: those whose tools call the web get the endpoints (live,
 * or the local {@code FakeWebApis}) through a {@code (WebEndpoints)} constructor; the rest
 * are made with their no-arg constructor.
 */
public final class ExampleAgentFactory implements AgentFactory {

  private final WebEndpoints endpoints;

  /** Gives agents these endpoints. */
  public ExampleAgentFactory(WebEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  public Object create(Class<?> agentClass) throws Exception {
    for (Constructor<?> c : agentClass.getConstructors()) {
      if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == WebEndpoints.class) {
        return c.newInstance(endpoints);
      }
    }
    return agentClass.getDeclaredConstructor().newInstance();
  }
}
