package org.amiframework.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** Telling a real connection from one TCP joined to itself. */
class SocketOpenerTest {

  @Test
  void socketConnectedToItselfIsRecognized() throws Exception {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
      port = probe.getLocalPort();
    }
    try (Socket self = new Socket()) {
      self.setReuseAddress(true);
      self.bind(new InetSocketAddress(loopback, port));
      self.connect(new InetSocketAddress(loopback, port), 5_000); // TCP simultaneous open

      assertTrue(SocketOpener.connectedToItself(self));
    }
  }

  @Test
  void ordinaryConnectionIsNot() throws Exception {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    try (ServerSocket server = new ServerSocket(0, 1, loopback);
        Socket client = new Socket(loopback, server.getLocalPort());
        Socket accepted = server.accept()) {
      assertFalse(SocketOpener.connectedToItself(client));
      assertFalse(SocketOpener.connectedToItself(accepted));
    }
  }
}
