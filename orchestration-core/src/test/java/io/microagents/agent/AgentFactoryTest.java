package io.microagents.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.model.Usage;
import io.microagents.run.RunContext;
import org.junit.jupiter.api.Test;

/** Agents get what they need from a factory, which may be a lambda. */
class AgentFactoryTest {

  public interface Pricing {
    int price(String item);
  }

  @Agent(name = "Shop")
  public static class Shop {
    private final Pricing pricing;

    public Shop(Pricing pricing) {
      this.pricing = pricing;
    }

    @Tool("The price of an item")
    public int price(@Param(name = "item") String item) {
      return pricing.price(item);
    }
  }

  @Test
  void aLambdaFactoryInjectsWhatAgentsNeed() throws Exception {
    Pricing fixed = item -> 42;
    AgentRegistry shop = AgentRegistry.builder().register(Shop.class).factory(type -> new Shop(fixed)).build();

    String price = shop.agent("Shop").tool("price").invoker()
        .invoke("{\"item\":\"tea\"}", new RunContext(null, "Shop", 1, Usage.EMPTY));

    assertThat(price).isEqualTo("42");
  }

  @Test
  void theTypedFormChecksWhatTheFactoryMade() throws Exception {
    AgentFactory factory = type -> new Shop(item -> 1);

    assertThat(factory.instance(Shop.class)).isInstanceOf(Shop.class);
    assertThat(AgentFactory.noArg().instance(StringBuilder.class)).isEmpty();
  }

  @Test
  void aFactoryThatMakesTheWrongClassIsNamedAtStartup() {
    assertThatThrownBy(() -> AgentRegistry.builder().register(Shop.class).factory(type -> "not a shop").build())
        .isInstanceOf(AgentDefinitionException.class)
        .hasMessageContaining(Shop.class.getName())
        .hasMessageContaining("java.lang.String");
  }
}
