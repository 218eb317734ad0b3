package io.microagents.spring.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application with one agent bean, its package scanned for agents by default. */
@SpringBootApplication
public class SampleApplication {}
