package io.microagents.agent.internal;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import io.microagents.annotations.Agent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Finds the {@code @Agent} classes of some packages on the classpath, with ClassGraph. */
final class AgentScanner {

  private AgentScanner() {}

  /** The {@code @Agent} classes in these packages and their sub-packages, sorted by name. */
  static Set<Class<?>> scan(Collection<String> packages) {
    Set<Class<?>> found = new LinkedHashSet<>();
    if (packages.isEmpty()) {
      return found;
    }
    try (ScanResult result = new ClassGraph()
        .enableClassInfo()
        .enableAnnotationInfo()
        .ignoreClassVisibility()
        .acceptPackages(packages.toArray(String[]::new))
        .scan()) {
      for (ClassInfo info : result.getClassesWithAnnotation(Agent.class.getName()).getNames().stream()
          .sorted().map(result::getClassInfo).toList()) {
        found.add(info.loadClass());
      }
    }
    return found;
  }
}
