/**
 * Offline play: each agent's script is a pure function of the conversation, so examples run
 * end to end with no API key, in any number of runs and across worker restarts.
 */
package io.microagents.examples.offline;
