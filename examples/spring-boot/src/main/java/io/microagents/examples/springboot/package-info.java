/**
 * The examples as a Spring Boot service (module {@code examples-spring-boot}): the research
 * pipeline of {@code io.microagents.examples.research} and a two-agent gift workflow, its
 * agents Spring beans with an injected service, behind REST endpoints, on the Microagents
 * starter. Offline (no API key) it plays the examples' scripted model.
 */
package io.microagents.examples.springboot;
