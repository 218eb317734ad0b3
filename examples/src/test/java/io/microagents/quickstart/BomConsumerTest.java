package io.microagents.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer project as the quickstart starts one — microagents-bom imported, orchestration-temporal
 * without a version — resolves a single Jackson version, although temporal-sdk asks for 2.15
 * and openai-java for 2.18. Resolved by Maven itself, against the artifacts this build installed.
 */
class BomConsumerTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void aConsumerOfTheBomGetsOneJacksonVersion(@TempDir Path project) throws Exception {
    String version = bomVersion();
    Path localRepo = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Assumptions.assumeTrue(Files.exists(localRepo.resolve("io/microagents/microagents-bom/" + version)),
        "SKIPPED: microagents-bom " + version + " is not installed in " + localRepo
            + " (the consumer resolves it from there): run ./mvnw install, as .ci/run does");
    String pom = Files.readString(Path.of("src/test/resources/consumer/pom.xml")).replace("MICROAGENTS_VERSION", version);
    Files.writeString(project.resolve("pom.xml"), pom);
    Path list = project.resolve("dependencies.txt");

    List<String> command = new ArrayList<>(List.of(ROOT.resolve("mvnw").toString(), "-B", "-q",
        "-f", project.resolve("pom.xml").toString(),
        "org.apache.maven.plugins:maven-dependency-plugin:3.7.0:list", "-DoutputFile=" + list,
        "-DincludeGroupIds=com.fasterxml.jackson.core,com.fasterxml.jackson.datatype,com.fasterxml.jackson.module"));
    if (Boolean.getBoolean("consumer.offline") || "true".equals(System.getenv("MAVEN_OFFLINE"))) {
      command.add("-o");
    }
    Process maven = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
    String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("Maven ended").isTrue();
    assertThat(maven.exitValue()).as(output).isZero();

    List<String> jackson = Files.readAllLines(list).stream().map(String::trim)
        .filter(l -> l.startsWith("com.fasterxml.jackson")).toList();
    assertThat(jackson).as("Jackson artifacts resolved").hasSizeGreaterThanOrEqualTo(4)
        .anyMatch(l -> l.startsWith("com.fasterxml.jackson.core:jackson-databind:jar:"))
        .anyMatch(l -> l.startsWith("com.fasterxml.jackson.datatype:jackson-datatype-jsr310:jar:"));
    assertThat(jackson.stream().map(l -> l.split(":")[3]).distinct().toList()).as(String.join("\n", jackson))
        .singleElement().asString().startsWith("2.18.");
  }

  private static String bomVersion() throws Exception {
    Matcher m = Pattern.compile("<artifactId>microagents-bom</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("bom/pom.xml")));
    assertThat(m.find()).as("bom/pom.xml names its version").isTrue();
    return m.group(1);
  }
}
