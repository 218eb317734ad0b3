package io.microagents.examples.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The durability example's Temporal server is for worker processes on this machine only. */
class LoopbackTemporalServerTest {

  @Test
  void itListensOnTheLoopbackAddressOnly() {
    try (LoopbackTemporalServer server = LoopbackTemporalServer.start()) {
      assertThat(server.listenAddresses()).singleElement().satisfies(a -> {
        InetSocketAddress socket = (InetSocketAddress) a;
        assertThat(socket.getAddress().isLoopbackAddress()).as(socket.toString()).isTrue();
        assertThat(server.address()).isEqualTo("127.0.0.1:" + socket.getPort());
      });
    }
  }

  @Test
  void anotherAddressOfThisMachineCannotReachIt() throws Exception {
    Optional<InetAddress> external = nonLoopbackAddress();
    Assumptions.assumeTrue(external.isPresent(), "SKIPPED: this machine has no address but the loopback one");
    try (LoopbackTemporalServer server = LoopbackTemporalServer.start()) {
      int port = Integer.parseInt(server.address().substring(server.address().lastIndexOf(':') + 1));
      try (Socket local = new Socket()) {
        local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000); // it is up
      }

      assertThatThrownBy(() -> {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(external.get(), port), 2000);
        }
      }).isInstanceOf(IOException.class);
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    return NetworkInterface.networkInterfaces().filter(n -> {
      try {
        return n.isUp() && !n.isLoopback();
      } catch (SocketException e) {
        return false;
      }
    }).flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .findFirst();
  }
}
