package io.microagents.temporal.internal;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.sdk.v1.ExternalStorageReference;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.payload.storage.ExternalStorage;
import io.temporal.payload.storage.StorageDriver;
import io.temporal.payload.storage.StorageDriverClaim;
import io.temporal.payload.storage.StorageDriverRetrieveContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Decodes the payloads of history events read by a client. A history read from the server
 * holds references where External Storage moved a large payload to a store; they are
 * fetched here through the client's own storage drivers, then decoded with its converter.
 */
public final class HistoryPayloads {

  private static final String REFERENCE_TYPE = ExternalStorageReference.getDescriptor().getFullName();

  private final DataConverter converter;
  private final ExternalStorage storage;

  public HistoryPayloads(WorkflowClient client) {
    this.converter = client.getOptions().getDataConverter();
    this.storage = client.getOptions().getExternalStorage();
  }

  /** The value at {@code index} of these payloads, as {@code type}. */
  public <T> T decode(Payloads payloads, int index, Class<T> type) {
    Payloads resolved = Payloads.newBuilder().addPayloads(resolve(payloads.getPayloads(index))).build();
    return converter.fromPayloads(0, Optional.of(resolved), type, type);
  }

  /** The payload itself, fetched from the store when it is a reference. */
  Payload resolve(Payload payload) {
    if (!isReference(payload)) {
      return payload;
    }
    ExternalStorageReference ref;
    try {
      ExternalStorageReference.Builder b = ExternalStorageReference.newBuilder();
      JsonFormat.parser().ignoringUnknownFields().merge(payload.getData().toStringUtf8(), b);
      ref = b.build();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("A history payload is an unreadable External Storage reference: " + e.getMessage(), e);
    }
    StorageDriver driver = driver(ref.getDriverName());
    try {
      List<Payload> got = driver.retrieve(new StorageDriverRetrieveContext() {},
          List.of(new StorageDriverClaim(ref.getClaimDataMap()))).get();
      return got.get(0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while fetching a payload from store '" + ref.getDriverName() + "'", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot fetch a payload from store '" + ref.getDriverName() + "': "
          + e.getCause().getMessage(), e.getCause());
    }
  }

  static boolean isReference(Payload payload) {
    return payload.getMetadataMap().containsKey("messageType")
        && REFERENCE_TYPE.equals(payload.getMetadataMap().get("messageType").toStringUtf8());
  }

  private StorageDriver driver(String name) {
    if (storage == null) {
      throw new IllegalStateException("The history holds a payload kept in store '" + name
          + "', but this client has no External Storage; build it with the same store as the workers");
    }
    for (StorageDriver d : storage.getDrivers()) {
      if (d.getName().equals(name)) {
        return d;
      }
    }
    throw new IllegalStateException("The history holds a payload kept in store '" + name
        + "', but this client's External Storage has no driver of that name");
  }
}
