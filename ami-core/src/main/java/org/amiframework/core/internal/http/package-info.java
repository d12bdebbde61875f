/**
 * AMI over Asterisk's HTTP server; not public API. Layers, bottom up:
 *
 * <ul>
 *   <li>{@code ActionForm}: an action as form fields (GET query or POST body);
 *   <li>{@code ReplyBodyDecoder}: reply bodies into messages as they stream in, AMI text through
 *       the wire {@code FrameReader}, XML through {@code MxmlBodyDecoder} with {@code
 *       XmlHeaderNames} restoring the case of known header names;
 *   <li>{@code DigestChallenge} and {@code DigestAuthenticator}: the HTTP Digest the JDK's client
 *       lacks; {@code SessionCookie}: the {@code mansession_id} cookie;
 *   <li>{@code HttpAmiTransport}: one action per request, HTTP failures as the client's exceptions;
 *   <li>{@code HttpActionCaller}, {@code HttpSessionOpener}, {@code WaitEventPoller}, {@code
 *       HttpSessionSupervisor}: answers, login, event polling and the session's life, on the
 *       transport-independent parts shared with the TCP client ({@code
 *       org.amiframework.core.internal.client.ClientCore});
 *   <li>{@code HttpAmiClient}: the {@link org.amiframework.core.client.AmiClient} on top.
 * </ul>
 */
package org.amiframework.core.internal.http;
