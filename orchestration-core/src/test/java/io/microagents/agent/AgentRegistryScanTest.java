package io.microagents.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.fixtures.outside.EscalationAgent;
import io.microagents.agent.fixtures.scan.BillingAgent;
import io.microagents.agent.fixtures.scan.HelpDeskAgent;
import org.junit.jupiter.api.Test;

class AgentRegistryScanTest {

  @Test
  void scanFindsAnnotatedClassesInPackagesAndSubPackages() {
    AgentRegistry registry = AgentRegistry.builder().scan("io.microagents.agent.fixtures.scan").build();

    assertThat(registry.agents()).extracting(AgentDefinition::name)
        .containsExactlyInAnyOrder("Help Desk", "BillingAgent", "FAQ", "EscalationAgent");
    assertThat(registry.nameOf(HelpDeskAgent.class)).isEqualTo("Help Desk");
    assertThat(registry.agent(EscalationAgent.class).handoffDescription()).isEqualTo("Takes over when a person is needed");
  }

  @Test
  void cyclicHandoffsAreValid() {
    AgentRegistry registry = AgentRegistry.of(BillingAgent.class);

    assertThat(registry.agent(BillingAgent.class).handoffs())
        .extracting(HandoffDefinition::toolName).containsExactly("transfer_to_help_desk");
    assertThat(registry.agent(HelpDeskAgent.class).handoffs())
        .extracting(HandoffDefinition::toolName, HandoffDefinition::targetAgent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("transfer_to_billing_agent", "BillingAgent"),
            org.assertj.core.groups.Tuple.tuple("transfer_to_escalation_agent", "EscalationAgent"));
  }

  @Test
  void scanAndRegisterTogetherKeepEachAgentOnce() {
    AgentRegistry registry = AgentRegistry.builder()
        .scan("io.microagents.agent.fixtures.scan")
        .register(HelpDeskAgent.class, EscalationAgent.class)
        .build();

    assertThat(registry.agents()).hasSize(4);
  }

  @Test
  void scanningAnEmptyPackageFindsNothing() {
    assertThat(AgentRegistry.builder().scan("io.microagents.agent.fixtures.nothing_here").build().agents()).isEmpty();
  }
}
