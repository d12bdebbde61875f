package org.amiframework.core.internal.client;

/**
 * Opens logged-in sessions over one transport, for the {@link ConnectionSupervisor}: the TCP socket
 * ({@link TcpSessionOpener}) or Asterisk's HTTP server. Each transport does its own connecting; the
 * login and the learning of permissions are shared ({@link LoginSequence}). Public only for the
 * other internal packages; not API.
 */
public interface SessionOpener {

  /** What the supervisor hears of an opening, and later of the end of the link it opened. */
  interface Listener extends SessionLink.CloseListener {
    /** The link exists; closing it aborts the opening. */
    void opened(SessionLink link);

    /**
     * The server is reached and said which AMI version it speaks (TCP: its greeting; HTTP: {@code
     * CoreSettings}, which may be refused: null). Connection listeners hear {@code onConnected}.
     */
    void connected(SessionLink link, String amiVersion);
  }

  /** The server, for messages: {@code tcp://host:port} or the endpoint's URL. */
  String endpoint();

  /**
   * Opens a session, blocking; on failure the link, if one was opened, is closed with the failure
   * as cause.
   *
   * @throws org.amiframework.core.client.AmiException what went wrong, as {@link
   *     org.amiframework.core.client.AmiClient#connect()} documents
   */
  Session open(Listener listener);
}
