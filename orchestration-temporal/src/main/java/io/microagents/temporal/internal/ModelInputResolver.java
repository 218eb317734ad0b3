package io.microagents.temporal.internal;

import io.microagents.items.Item;
import io.microagents.model.ItemsDigest;
import io.microagents.model.ItemsReference;
import io.microagents.model.ModelRequest;
import io.microagents.temporal.ModelInputQuery;
import io.microagents.temporal.Transcript;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The activity's side of model input by reference: turns a request whose input holds only
 * new items back into the whole conversation — from the worker's cache of the workflow's
 * previous call, or else by querying the workflow — and checks the digest.
 */
final class ModelInputResolver {

  private static final int CACHED_WORKFLOWS = 256;

  /** A call's whole input and its digest, as resolved and as cached. */
  record Known(List<Item> items, ItemsDigest digest) {}

  private final Map<String, Known> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
      return size() > CACHED_WORKFLOWS;
    }
  };

  /** The request's whole input: its own, or the referred items followed by its own. */
  Known resolve(ModelRequest request, ActivityExecutionContext context) {
    ItemsReference prior = request.priorInput();
    if (prior == null) {
      return new Known(request.input(), new ItemsDigest().addAll(request.input()));
    }
    Known known = cached(key(context), prior);
    if (known == null) {
      known = fetch(context, prior);
    }
    List<Item> whole = new ArrayList<>(known.items());
    whole.addAll(request.input());
    return new Known(List.copyOf(whole), known.digest().copy().addAll(request.input()));
  }

  /**
   * Remembers a call's whole input once the call succeeded, for the workflow's next call. A
   * failed attempt leaves the previous input cached, which is what its retry refers to.
   */
  synchronized void remember(ActivityExecutionContext context, Known whole) {
    cache.put(key(context), whole);
  }

  private static String key(ActivityExecutionContext context) {
    return context.getInfo().getWorkflowId() + "/" + context.getInfo().getRunId();
  }

  private synchronized Known cached(String key, ItemsReference prior) {
    Known k = cache.get(key);
    return k != null && k.items().size() == prior.count() && k.digest().value().equals(prior.digest()) ? k : null;
  }

  private static Known fetch(ActivityExecutionContext context, ItemsReference prior) {
    Transcript t = context.getWorkflowClient()
        .newUntypedWorkflowStub(context.getInfo().getWorkflowId(), Optional.of(context.getInfo().getRunId()), Optional.empty())
        .query(ModelInputQuery.NAME, Transcript.class, prior.count());
    ItemsDigest digest = new ItemsDigest().addAll(t.items());
    if (t.items().size() != prior.count() || !digest.value().equals(prior.digest())) {
      // Retryable: the workflow may not have caught up with the call it scheduled yet.
      throw ApplicationFailure.newFailure("The workflow's model input does not match the reference ("
          + prior.count() + " items, " + prior.digest() + ")", "ModelInputMismatch");
    }
    return new Known(t.items(), digest);
  }
}
