package io.microagents.examples.durability;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.temporal.ActivityPolicy;

/**
 * A long-running agent to crash: it works through its steps one tool call at a time, each
 * taking a while, so there is time to kill its worker in the middle. The short tool timeout
 * lets a restarted worker pick up an interrupted step after seconds, not the default minute.
 */
@Agent(
    name = "cruncher",
    instructions = """
        Work through the steps you are given, calling crunch once per step, in order, one \
        call per turn. When all are done, report the results in one line.""")
public class CruncherAgent {

  /** How long one step takes. */
  static final long STEP_MILLIS = 1500;

  @Tool("Performs one step of the computation and returns its result")
  @ActivityPolicy(startToCloseSeconds = 4, initialIntervalMillis = 200, maximumAttempts = 5)
  public String crunch(@Param(name = "step", value = "The step's number, from 1") int step) throws InterruptedException {
    System.out.println(DurabilityLines.toolStarted(step));
    System.out.flush();
    Thread.sleep(STEP_MILLIS); // Stands in for real work; the worker may be killed meanwhile.
    return "step " + step + " = " + (step * step);
  }
}
