package io.microagents.run;

/** A tool failed and {@link RunOptions#toolErrors()} is {@link ErrorPolicy#FAIL_RUN}. */
public class ToolFailedException extends AgentRunException {

  private final String tool;

  public ToolFailedException(String tool, String error, RunState state) {
    super("Tool '" + tool + "' failed: " + error, state);
    this.tool = tool;
  }

  /** The tool's name. */
  public String tool() {
    return tool;
  }
}
