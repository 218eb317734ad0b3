package io.microagents.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.annotations.Agent;
import io.microagents.json.Json;
import io.microagents.model.Usage;
import io.microagents.run.RunContext;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code -parameters}, tool parameters need no {@code @Param} name. */
class ParameterNamesTest {

  private static final String SOURCE = """
      package gen;

      import io.microagents.annotations.Agent;
      import io.microagents.annotations.Tool;

      @Agent
      public class NamedParameters {
        @Tool
        public String forecast(String city, int days) {
          return city + " for " + days + " days";
        }
      }
      """;

  @Test
  void namesComeFromReflectionWhenCompiledWithParameters(@TempDir Path dir) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assumeTrue(javac != null, "needs a JDK");
    Path source = dir.resolve("gen/NamedParameters.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE);
    String annotations = Paths.get(Agent.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    int status = javac.run(null, null, null, "-parameters", "-classpath", annotations, "-d", dir.toString(), source.toString());
    assertThat(status).isZero();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> agentClass = loader.loadClass("gen.NamedParameters");
      ToolDefinition tool = AgentRegistry.of(agentClass).agent("NamedParameters").tool("forecast");

      assertThat(tool.spec().parameters().get("required")).isEqualTo(Json.parse("[\"city\",\"days\"]"));
      assertThat(tool.invoker().invoke("{\"city\":\"Lima\",\"days\":3}", new RunContext(null, "NamedParameters", 1, Usage.EMPTY)))
          .isEqualTo("Lima for 3 days");
    }
  }
}
