package io.microagents.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on 127.0.0.1 in front of Redis, to take Redis "down" without stopping a
 * server other tests share: {@link #cut} closes every connection and the listening port
 * (connections are refused, as to a stopped server); {@link #restore} listens again on the
 * same port.
 */
final class TcpProxy implements AutoCloseable {

  private final int port;
  private final String targetHost;
  private final int targetPort;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private ServerSocket listener;

  TcpProxy(String targetHost, int targetPort) {
    this.port = RedisServerExtension.freePort();
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    restore();
  }

  int port() {
    return port;
  }

  /** Listens (again) on {@link #port}. */
  synchronized void restore() {
    if (listener != null) {
      return;
    }
    try {
      ServerSocket s = new ServerSocket();
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      listener = s;
      daemon("proxy-accept-" + port, () -> accept(s));
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on 127.0.0.1:" + port, e);
    }
  }

  /** Closes the port and every connection through it. */
  synchronized void cut() {
    if (listener == null) {
      return;
    }
    closeQuietly(listener);
    listener = null;
    sockets.forEach(TcpProxy::closeQuietly);
    sockets.clear();
  }

  @Override
  public void close() {
    cut();
  }

  private void accept(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket client = s.accept();
        Socket upstream = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(upstream);
        daemon("proxy-up-" + port, () -> pump(client, upstream));
        daemon("proxy-down-" + port, () -> pump(upstream, client));
      } catch (IOException e) {
        // closed by cut(), or Redis refused: the client sees its connection fail
      }
    }
  }

  private void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      byte[] buffer = new byte[16 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // one side closed
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  private static void daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
