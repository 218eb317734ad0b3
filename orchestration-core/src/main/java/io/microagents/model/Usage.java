package io.microagents.model;

/**
 * Token usage, summed over model calls.
 *
 * @param requests how many model calls
 * @param inputTokens tokens sent
 * @param outputTokens tokens generated
 * @param totalTokens input plus output, as the provider counts them
 */
public record Usage(long requests, long inputTokens, long outputTokens, long totalTokens) {

  /** Nothing used. */
  public static final Usage EMPTY = new Usage(0, 0, 0, 0);

  /** Usage of one request. */
  public static Usage ofRequest(long inputTokens, long outputTokens) {
    return new Usage(1, inputTokens, outputTokens, inputTokens + outputTokens);
  }

  /** The sum of this and {@code other}. */
  public Usage plus(Usage other) {
    if (other == null) {
      return this;
    }
    return new Usage(
        requests + other.requests,
        inputTokens + other.inputTokens,
        outputTokens + other.outputTokens,
        totalTokens + other.totalTokens);
  }
}
