/**
 * Micrometer metrics for durable agents. Model calls, tokens, tool calls, tool errors and
 * retries are measured on the worker by a Temporal worker interceptor
 * ({@link io.microagents.micrometer.MicroagentsMetrics#workerInterceptor}) around the
 * activities that do the work: an activity runs once per attempt and is never replayed, so
 * nothing is counted twice. How many runs are open and how long the oldest one has waited for
 * a person come from {@link io.microagents.micrometer.RunGauges}, which asks the server and
 * the runs themselves: a run that waits for days is in no worker's memory, so no worker could
 * report it. Temporal's own SDK metrics reach the same registry through
 * {@link io.microagents.micrometer.MicroagentsMetrics#temporalScope}.
 */
package io.microagents.micrometer;
