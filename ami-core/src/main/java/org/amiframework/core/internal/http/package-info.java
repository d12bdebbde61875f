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
 *   <li>{@code HttpActionCaller}, {@code HttpSession}, {@code WaitEventPoller}, {@code
 *       PingKeepalive}: answers, the session as a {@code SessionLink}, event polling and keepalive;
 *   <li>{@code HttpSessionOpener}: opens sessions for the client shared with the TCP transport
 *       ({@code org.amiframework.core.internal.client}: its supervisor, login sequence, send path
 *       and {@code ClientCore}), and {@code HttpAmiClient} creates that client over HTTP.
 * </ul>
 */
package org.amiframework.core.internal.http;
