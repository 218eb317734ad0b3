package io.microagents.agent;

/**
 * Creates the instances of {@code @Agent} classes whose methods are tools, guardrails and
 * instructions. Plug in your own (a DI container, say) to inject clients into agents; it is
 * a functional interface, so a lambda or a method reference will do:
 *
 * <pre>{@code
 * AgentRegistry.builder().scan("com.example.agents").factory(injector::getInstance).build();
 * AgentRegistry.builder().register(WeatherAgent.class).factory(type -> new WeatherAgent(client)).build();
 * }</pre>
 */
@FunctionalInterface
public interface AgentFactory {

  /**
   * Returns an instance of the agent class. Not generic, so that a lambda can implement it;
   * {@link #instance} is the typed form.
   */
  Object create(Class<?> agentClass) throws Exception;

  /**
   * An instance of the agent class, typed.
   *
   * @throws ClassCastException naming both classes, when {@link #create} returned something else
   */
  default <T> T instance(Class<T> agentClass) throws Exception {
    Object instance = create(agentClass);
    if (instance != null && !agentClass.isInstance(instance)) {
      throw new ClassCastException("The AgentFactory returned a " + instance.getClass().getName()
          + " for agent class " + agentClass.getName());
    }
    return agentClass.cast(instance);
  }

  /** The default: the no-arg constructor. */
  static AgentFactory noArg() {
    return agentClass -> {
      var constructor = agentClass.getDeclaredConstructor();
      constructor.setAccessible(true); // package-private agent classes are fine too
      return constructor.newInstance();
    };
  }
}
