/**
 * The agentic loop with no agent abstraction: a hand-written workflow, one model activity
 * and one dynamic activity that finds each tool by the name it is scheduled under.
 */
package io.microagents.examples.agenticloop;
