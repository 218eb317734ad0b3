package io.microagents.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The examples as a Spring Boot service: the research pipeline and a two-agent gift workflow
 * behind REST endpoints, on an embedded Temporal server and the offline model unless told
 * otherwise ({@code spring.temporal.connection.target}, {@code microagents.openai.api-key}).
 * Run it with {@code ./mvnw -pl examples/spring-boot -am spring-boot:run}.
 */
@SpringBootApplication
public class SpringBootExampleApplication {

  /** Starts the service on 127.0.0.1:8080. */
  public static void main(String[] args) {
    SpringApplication.run(SpringBootExampleApplication.class, args);
  }
}
