package org.brainalign.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 in front of a server that counts the bytes the server sends, and can
 * drop every connection once a given number of them has passed (a network that fails mid-file).
 */
public final class CountingProxy implements AutoCloseable {
  private final ServerSocket server;
  private final int target;
  private final AtomicLong fromServer = new AtomicLong();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile long dropAfter = Long.MAX_VALUE;

  public CountingProxy(int targetPort) throws IOException {
    this.target = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::acceptLoop, "counting-proxy");
    accept.setDaemon(true);
    accept.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Bytes the server has sent through this relay since the last {@link #reset}. */
  public long bytesFromServer() {
    return fromServer.get();
  }

  /** Zeroes the count and sets the point (in counted bytes) at which connections are dropped. */
  public void reset(long dropAfterBytes) {
    fromServer.set(0);
    dropAfter = dropAfterBytes;
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        sockets.add(client);
        sockets.add(upstream);
        pump(client, upstream, false);
        pump(upstream, client, true);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to, boolean count) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n; (n = in.read(buf)) > 0; ) {
          int pass = n;
          if (count) {
            long room = dropAfter - fromServer.get();
            pass = (int) Math.max(0, Math.min(n, room));
            fromServer.addAndGet(pass);
          }
          out.write(buf, 0, pass);
          out.flush();
          if (pass < n) {
            break;
          }
        }
      } catch (IOException e) {
        // the other side closed: close both below
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "counting-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    sockets.forEach(CountingProxy::closeQuietly);
  }
}
