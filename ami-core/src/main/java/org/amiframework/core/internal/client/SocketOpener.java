package org.amiframework.core.internal.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AmiTimeoutException;

/**
 * Opens the socket to the server: plain TCP, or TLS with the host name verified (endpoint
 * identification {@code HTTPS}, as browsers do) unless the configuration turns that off.
 */
final class SocketOpener {

  /**
   * Large enough to absorb a burst of events (Asterisk writes about 400 bytes per event, and up to
   * 19,000 events a second) while the reading thread is descheduled.
   */
  static final int RECEIVE_BUFFER_BYTES = 1 << 20;

  private SocketOpener() {}

  /**
   * An open connection to the server.
   *
   * @param socket the socket to read and write (TLS when configured)
   * @param tcp the TCP socket beneath it; the same socket without TLS
   */
  record OpenSocket(Socket socket, Socket tcp) {

    /**
     * Closes the TCP socket first: a TLS close wants to send close_notify and can wait for a writer
     * blocked on a full send buffer, while a closed TCP socket fails that writer at once.
     */
    void close() {
      closeQuietly(tcp);
      closeQuietly(socket);
    }
  }

  /** {@code tcp://host:port} or {@code tls://host:port}, for messages. */
  static String endpoint(AmiClientConfig config) {
    return (config.tls() ? "tls://" : "tcp://") + config.host() + ":" + config.port();
  }

  /**
   * Connects, and for TLS completes the handshake, within the connect timeout.
   *
   * @throws AmiConnectException when the server cannot be reached or the handshake fails
   * @throws AmiTimeoutException when the connect timeout passes first
   */
  static OpenSocket open(AmiClientConfig config) {
    String endpoint = endpoint(config);
    int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis());
    Socket socket = new Socket();
    try {
      socket.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
      socket.setTcpNoDelay(true);
      socket.setKeepAlive(true);
      socket.connect(new InetSocketAddress(config.host(), config.port()), timeoutMillis);
      if (connectedToItself(socket)) {
        throw new ConnectException("nothing listens there (the socket connected to itself)");
      }
      return new OpenSocket(
          config.tls() ? startTls(socket, config, timeoutMillis) : socket, socket);
    } catch (IOException | RuntimeException e) {
      closeQuietly(socket);
      throw translate(e, endpoint, config);
    }
  }

  /**
   * Whether TCP's "simultaneous open" joined the socket to itself: connecting to a local port in
   * the ephemeral range while nothing listens on it can pick that very port as the local one. The
   * socket would then wait for a greeting from itself and hold the port the server needs to come
   * back on.
   */
  static boolean connectedToItself(Socket socket) {
    return socket.getLocalPort() == socket.getPort()
        && socket.getLocalAddress().equals(socket.getInetAddress());
  }

  private static Socket startTls(Socket plain, AmiClientConfig config, int timeoutMillis)
      throws IOException {
    SSLContext context;
    try {
      context = config.sslContext() != null ? config.sslContext() : SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new SSLException("no default TLS context", e);
    }
    SSLSocket tls =
        (SSLSocket)
            context.getSocketFactory().createSocket(plain, config.host(), config.port(), true);
    try {
      SSLParameters parameters = tls.getSSLParameters();
      if (config.verifyHost()) {
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
      }
      tls.setSSLParameters(parameters);
      tls.setSoTimeout(timeoutMillis);
      tls.startHandshake();
      tls.setSoTimeout(0);
      return tls;
    } catch (IOException | RuntimeException e) {
      closeQuietly(tls);
      throw e;
    }
  }

  private static AmiException translate(Exception e, String endpoint, AmiClientConfig config) {
    if (e instanceof SocketTimeoutException) {
      return new AmiTimeoutException(
          "no connection to " + endpoint + " within " + config.connectTimeout().toMillis() + " ms",
          e);
    }
    if (e instanceof ConnectException) {
      return new AmiConnectException(
          "connection to " + endpoint + " refused: " + e.getMessage(), e);
    }
    if (e instanceof UnknownHostException) {
      return new AmiConnectException("unknown host in " + endpoint, e);
    }
    if (e instanceof SSLException) {
      return new AmiConnectException(
          "TLS handshake with "
              + endpoint
              + " failed"
              + (config.verifyHost() ? " (host name verification on)" : "")
              + ": "
              + e.getMessage(),
          e);
    }
    return new AmiConnectException("cannot connect to " + endpoint + ": " + e, e);
  }

  static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing is best effort: the socket is being abandoned either way.
    }
  }
}
