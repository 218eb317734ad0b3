package io.microagents.temporal.deploy;

import java.util.List;

/**
 * The deploy check's findings, one per workflow run checked.
 *
 * @param results every run checked, in the order visibility listed them
 */
public record DeployCheckReport(List<DeployCheckResult> results) {

  public DeployCheckReport {
    results = List.copyOf(results);
  }

  /** Whether every run replays on the new build. */
  public boolean ok() {
    return results.stream().allMatch(DeployCheckResult::ok);
  }

  /** The runs that would break. */
  public List<DeployCheckResult> breaking() {
    return results.stream().filter(r -> !r.ok()).toList();
  }

  /** One line per run ({@code ok} or {@code WOULD BREAK}, and why), then a summary line. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (DeployCheckResult r : results) {
      b.append(r.ok() ? "ok          " : "WOULD BREAK ").append(r.workflowId()).append(" (").append(r.workflowType())
          .append(", run ").append(r.runId()).append(')');
      if (!r.ok()) {
        b.append(": ").append(r.reason());
      }
      b.append('\n');
      for (String change : r.definitionChanges()) {
        b.append("            keeps its definition; this build differs: ").append(change).append('\n');
      }
    }
    b.append(results.size()).append(" workflow run(s) checked, ").append(breaking().size()).append(" would break");
    return b.toString();
  }
}
