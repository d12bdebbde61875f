package org.amiframework.core.internal.client;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens sessions over TCP (or TLS), blocking: open the socket, read the greeting, log in, and learn
 * the user's write permissions, the last two as every transport does ({@link LoginSequence}).
 */
final class TcpSessionOpener implements SessionOpener {

  private static final Logger LOG = LoggerFactory.getLogger(TcpSessionOpener.class);
  private static final String GREETING_PREFIX = "Asterisk Call Manager";

  private final AmiClientConfig config;
  private final ClientResources resources;

  TcpSessionOpener(AmiClientConfig config, ClientResources resources) {
    this.config = config;
    this.resources = resources;
  }

  @Override
  public String endpoint() {
    return SocketOpener.endpoint(config);
  }

  @Override
  public Session open(Listener listener) {
    SocketOpener.OpenSocket socket = SocketOpener.open(config);
    Connection connection = new Connection(socket, config, resources, listener);
    listener.opened(connection);
    connection.start();
    try {
      listener.connected(connection, amiVersion(awaitGreeting(connection)));
      LoginSequence.login(connection, config);
      WritePermissions permissions = LoginSequence.permissions(connection, config);
      Keepalive keepalive =
          new Keepalive(connection, resources, config.pingInterval(), config.pingTimeout());
      return new Session(connection, permissions, keepalive);
    } catch (RuntimeException e) {
      connection.close(e);
      throw e;
    }
  }

  private String awaitGreeting(Connection connection) {
    try {
      return connection.greeting().get(config.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new AmiTimeoutException(
          "no greeting from "
              + connection.endpoint()
              + " within "
              + config.connectTimeout().toMillis()
              + " ms",
          e);
    } catch (ExecutionException e) {
      throw new AmiConnectException(
          connection.endpoint()
              + " closed the connection before its greeting"
              + " (too many unauthenticated sessions? see authlimit in manager.conf)",
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AmiConnectException("interrupted while connecting to " + connection.endpoint(), e);
    }
  }

  private String amiVersion(String greeting) {
    if (!greeting.startsWith(GREETING_PREFIX)) {
      LOG.warn("Unexpected greeting from {}: {}", SocketOpener.endpoint(config), greeting);
    }
    int slash = greeting.lastIndexOf('/');
    return slash < 0 ? greeting.trim() : greeting.substring(slash + 1).trim();
  }
}
