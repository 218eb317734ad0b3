package io.microagents.spring;

import io.microagents.agent.AgentFactory;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Makes agents from the Spring context: an {@code @Agent} class that is a bean (one bean of its
 * type, or a {@code @Primary} one) is that bean; any other is created and autowired as a
 * prototype would be (its constructor's parameters and its {@code @Autowired} members
 * injected), so an agent outside the component scan gets its dependencies too.
 */
public final class SpringAgentFactory implements AgentFactory {

  private final ConfigurableListableBeanFactory beans;

  /** Makes agents from this bean factory. */
  public SpringAgentFactory(ConfigurableListableBeanFactory beans) {
    this.beans = beans;
  }

  /**
   * The agent's bean, or a new autowired instance when it has none.
   *
   * @throws IllegalStateException naming the beans, when the class has several and none is primary
   */
  @Override
  public Object create(Class<?> agentClass) {
    Object unique = beans.getBeanProvider(agentClass).getIfUnique();
    if (unique != null) {
      return unique;
    }
    String[] names = beans.getBeanNamesForType(agentClass);
    if (names.length > 1) {
      throw new IllegalStateException("Agent class " + agentClass.getName() + " has " + names.length + " beans "
          + List.of(names) + ": an agent is one instance; keep one, or mark one @Primary");
    }
    return beans.createBean(agentClass);
  }
}
