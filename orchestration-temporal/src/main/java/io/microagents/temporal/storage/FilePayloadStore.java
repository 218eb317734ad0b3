package io.microagents.temporal.storage;

import io.temporal.api.common.v1.Payload;
import io.temporal.payload.storage.ExternalStorage;
import io.temporal.payload.storage.StorageDriver;
import io.temporal.payload.storage.StorageDriverClaim;
import io.temporal.payload.storage.StorageDriverRetrieveContext;
import io.temporal.payload.storage.StorageDriverStoreContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A payload store in a directory: each payload is one file named after the SHA-256 of its
 * bytes. Needs nothing installed, so it is the default of the embedded mode; it also serves
 * several processes on one machine (or a shared file system). Writes are atomic (a temporary
 * file, then a rename), so a reader never sees half a payload; a payload read back is checked
 * against its name.
 */
public final class FilePayloadStore implements StorageDriver {

  /** The driver name recorded in history references unless another is given. */
  public static final String DEFAULT_NAME = "microagents-file";

  private final Path directory;
  private final String name;

  /** A store in {@code directory} (created when missing), named {@value #DEFAULT_NAME}. */
  public FilePayloadStore(Path directory) {
    this(directory, DEFAULT_NAME);
  }

  /** A store in {@code directory} under another driver name (references name the driver). */
  public FilePayloadStore(Path directory, String name) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
    this.name = Objects.requireNonNull(name, "name");
  }

  /** This store as External Storage for payloads over {@code thresholdBytes}. */
  public ExternalStorage externalStorage(int thresholdBytes) {
    return ExternalStorage.newBuilder().setDriver(this).setPayloadSizeThreshold(thresholdBytes).build();
  }

  /** The directory. */
  public Path directory() {
    return directory;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getType() {
    return "file";
  }

  @Override
  public CompletableFuture<List<StorageDriverClaim>> store(StorageDriverStoreContext context, List<Payload> payloads) {
    try {
      List<StorageDriverClaim> claims = new ArrayList<>(payloads.size());
      for (Payload p : payloads) {
        byte[] bytes = p.toByteArray();
        String key = ContentKeys.of(bytes);
        write(file(key), bytes);
        claims.add(new StorageDriverClaim(Map.of("key", key)));
      }
      return CompletableFuture.completedFuture(claims);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<List<Payload>> retrieve(StorageDriverRetrieveContext context, List<StorageDriverClaim> claims) {
    try {
      List<Payload> payloads = new ArrayList<>(claims.size());
      for (StorageDriverClaim claim : claims) {
        String key = ContentKeys.check(claim.getClaimData().get("key"));
        Path file = file(key);
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
          throw new IllegalStateException("Payload " + key + " is not in store '" + name + "': no file " + file, e);
        }
        payloads.add(ContentKeys.parse(bytes, key, "file " + file));
      }
      return CompletableFuture.completedFuture(payloads);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(new UncheckedIOException("Cannot read from store '" + name + "' in "
          + directory + ": " + e, e));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private Path file(String key) {
    return directory.resolve(key.substring(0, 2)).resolve(key + ".payload");
  }

  private void write(Path file, byte[] bytes) {
    if (Files.exists(file)) {
      return; // content-addressed: the same bytes are there already
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write payload to store '" + name + "' at " + file + ": " + e, e);
    }
  }

  @Override
  public String toString() {
    return "FilePayloadStore[" + name + " in " + directory + "]";
  }
}
