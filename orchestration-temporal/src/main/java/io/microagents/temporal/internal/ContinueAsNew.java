package io.microagents.temporal.internal;

import io.microagents.json.Json;
import io.microagents.run.PayloadTooLargeException;
import io.microagents.run.RunState;
import io.microagents.temporal.Continuation;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.definition.RuntimeSnapshot;
import io.temporal.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps a run's history bounded: before a model call, when the history budget is spent (or
 * after a set number of model calls in this workflow run), the run continues as new with
 * what it must carry — its conversation once and its counters — so the next run's history
 * starts small. Only between turns, after at least one model call in this run, with no update
 * handler running. Without External Storage, a carried state over the payload limit fails the
 * run with {@link PayloadTooLargeException} rather than being refused by the server.
 */
final class ContinueAsNew {

  private final MicroagentsOptions options;
  private final RuntimeSnapshot definition;
  private final BooleanSupplier upgrade;
  private final Supplier<Continuation> carry;
  private final Consumer<Continuation> next;
  private int calls;

  /**
   * @param options the worker's options (payload limits)
   * @param definition the run's runtime options (when to continue as new)
   * @param upgrade whether the run was asked to take a newer definition: it continues as new
   *     at its next model call to do so
   * @param carry builds what to carry, at the point of continuing
   * @param next continues as new with it (does not return)
   */
  ContinueAsNew(MicroagentsOptions options, RuntimeSnapshot definition, BooleanSupplier upgrade,
      Supplier<Continuation> carry, Consumer<Continuation> next) {
    this.options = options;
    this.definition = definition;
    this.upgrade = upgrade;
    this.carry = carry;
    this.next = next;
  }

  /** Continues as new (does not return) when due. */
  void ifDue() {
    calls++;
    boolean due = upgrade.getAsBoolean() || calls > 1 && due();
    if (!due || !Workflow.isEveryHandlerFinished()) {
      return;
    }
    Continuation c = carry.get();
    checkSize(options, c, c.state());
    next.accept(c);
  }

  private boolean due() {
    int perRun = definition.turnsBeforeContinueAsNew();
    return perRun > 0 && calls > perRun || HistoryBudget.spent(definition);
  }

  /** Fails the run when what it carries would not fit in a payload and nothing can store it. */
  static void checkSize(MicroagentsOptions options, Object carried, RunState state) {
    if (options.externalStorage()) {
      return;
    }
    long size = Json.write(carried).getBytes(StandardCharsets.UTF_8).length;
    if (size > options.payloadLimitBytes()) {
      throw new PayloadTooLargeException(PayloadLimit.message("The state this run carries into its next workflow run "
          + "(a conversation of " + state.conversation().size() + " items)", size, options.payloadLimitBytes()), state);
    }
  }
}
