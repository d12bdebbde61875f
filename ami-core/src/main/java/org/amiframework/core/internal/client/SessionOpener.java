package org.amiframework.core.internal.client;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AmiTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a configuration into a logged-in {@link Session}, blocking: open the socket, read the
 * greeting, log in, and learn the user's write permissions from ListCommands unless they are
 * configured or not wanted.
 */
final class SessionOpener {

  /** Hears the steps of an opening, so the supervisor can abort it and tell listeners. */
  interface Progress {
    /** The socket is open; closing this connection aborts the opening. */
    void opened(Connection connection);

    /** The greeting was read. */
    void greeted(Connection connection, String amiVersion);
  }

  private static final Logger LOG = LoggerFactory.getLogger(SessionOpener.class);
  private static final String GREETING_PREFIX = "Asterisk Call Manager";
  private static final GenericAction<AmiResponse> LIST_COMMANDS =
      GenericAction.named("ListCommands");

  private final AmiClientConfig config;
  private final ClientResources resources;

  SessionOpener(AmiClientConfig config, ClientResources resources) {
    this.config = config;
    this.resources = resources;
  }

  /**
   * Opens a session; on failure the connection is closed with the failure as cause.
   *
   * @throws AmiException what went wrong, as {@link org.amiframework.core.client.AmiClient#connect}
   *     documents
   */
  Session open(Connection.CloseListener closeListener, Progress progress) {
    SocketOpener.OpenSocket socket = SocketOpener.open(config);
    Connection connection = new Connection(socket, config, resources, closeListener);
    progress.opened(connection);
    connection.start();
    try {
      progress.greeted(connection, amiVersion(awaitGreeting(connection)));
      LoginSequence.login(connection, config);
      WritePermissions permissions = permissions(connection);
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

  private WritePermissions permissions(Connection connection) {
    if (config.writeClasses() != null) {
      return WritePermissions.configured(config.writeClasses());
    }
    if (!config.learnWriteClasses()) {
      return WritePermissions.UNKNOWN;
    }
    try {
      AmiResponse list = Blocking.await(connection.sendOwn(LIST_COMMANDS, config.connectTimeout()));
      WritePermissions learned = WritePermissions.fromListCommands(list);
      LOG.debug("Learned from ListCommands at {}: {}", connection.endpoint(), learned);
      return learned;
    } catch (AmiException e) {
      if (!connection.isOpen()) {
        throw e;
      }
      LOG.warn(
          "Could not learn the write permissions of '{}' at {} ({}); actions are not checked"
              + " locally",
          config.username(),
          connection.endpoint(),
          e.getMessage());
      return WritePermissions.UNKNOWN;
    }
  }
}
