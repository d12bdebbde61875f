/**
 * The HTTP server of the fake Asterisk ({@link org.amiframework.testkit.http.FakeHttpServer}): the
 * manager over {@code /rawman}, {@code /mxml}, {@code /arawman} and {@code /amxml} as Asterisk 22
 * serves it (§5 of the protocol notes), so that the HTTP transport and users' handlers are tested
 * without a PBX. Turn it on with {@link org.amiframework.testkit.FakeAsteriskBuilder#http(boolean)}
 * and take URLs from {@link org.amiframework.testkit.FakeAsterisk#httpEndpoint(String)}:
 *
 * <pre>{@code
 * try (FakeAsterisk pbx = FakeAsterisk.builder().http(true).start();
 *     AmiClient ami = AmiClient.create(AmiClientConfig.builder()
 *         .httpEndpoint(pbx.httpEndpoint("rawman"))
 *         .username(FakeAsterisk.DEFAULT_USERNAME).secret(FakeAsterisk.DEFAULT_SECRET)
 *         .build())) {
 *   ami.connect().join();
 * }
 * }</pre>
 *
 * <p>What it does as Asterisk does: the {@code mansession_id} cookie ({@code Max-Age} =
 * httptimeout) and {@code Pragma: SuppressEvents} on every cookie reply; sessions that expire
 * {@code httptimeout} after their last request (5 s before login); HTTP Digest with the realm
 * {@code systemname} or {@code asterisk}, stale nonces renewed; events queued per session and
 * returned by {@code WaitEvent} long polls, with the newest poll kicking out the previous; the XML
 * of {@code xml_translate()}; AMI errors as 200, 404/401/501/413 pages in Asterisk's HTML. What it
 * does not: the HTML URIs {@code /manager} and {@code /amanager}, HTTPS, users' ACLs, and the
 * server-wide stall of {@link org.amiframework.testkit.Faults} (a session's own {@code stall()}
 * holds its requests). The JDK's server writes header names with only their first letter in upper
 * case ({@code Set-cookie}), which HTTP clients read case-insensitively.
 */
package org.amiframework.testkit.http;
