package io.microagents.spring;

import io.microagents.agent.AgentFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Makes agents from the Spring context: an {@code @Agent} class that is a bean (one bean of its
 * type) is that bean; any other is created and autowired as a prototype would be (its
 * constructor's parameters and its {@code @Autowired} members injected), so an agent outside
 * the component scan gets its dependencies too.
 */
public final class SpringAgentFactory implements AgentFactory {

  private final ConfigurableListableBeanFactory beans;

  /** Makes agents from this bean factory. */
  public SpringAgentFactory(ConfigurableListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public Object create(Class<?> agentClass) {
    ObjectProvider<?> bean = beans.getBeanProvider(agentClass);
    Object unique = bean.getIfUnique();
    if (unique != null) {
      return unique;
    }
    String[] names = beans.getBeanNamesForType(agentClass);
    if (names.length > 1) {
      throw new IllegalStateException("Agent class " + agentClass.getName() + " has " + names.length
          + " beans " + java.util.List.of(names) + ": an agent is one instance; keep one, or mark one @Primary");
    }
    AutowireCapableBeanFactory factory = beans;
    return factory.createBean(agentClass);
  }
}
