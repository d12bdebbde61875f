/**
 * A fake Asterisk for tests: {@link org.amiframework.testkit.FakeAsterisk} speaks the real AMI
 * protocol over TCP, as Asterisk 22 does byte for byte (the module's conformance test replays
 * recorded sessions of a real server against it).
 *
 * <ul>
 *   <li>Configure it like {@code manager.conf} with {@link
 *       org.amiframework.testkit.FakeAsteriskBuilder} and {@link
 *       org.amiframework.testkit.FakeUser}.
 *   <li>Script it like WireMock with {@link org.amiframework.testkit.FakeAsterisk#stubFor} and
 *       {@link org.amiframework.testkit.stub.Stubs}; script the CLI with {@link
 *       org.amiframework.testkit.FakeCli}.
 *   <li>Send events with {@code emit}; they reach each session by Asterisk's rules (read classes,
 *       {@code Events} mask, filters).
 *   <li>Assert on what clients sent with {@link org.amiframework.testkit.ReceivedActions}.
 *   <li>Break it on purpose with {@link org.amiframework.testkit.Faults} and {@link
 *       org.amiframework.testkit.FakeSession}.
 *   <li>Replay recorded traffic with {@link org.amiframework.testkit.AmiCapture}, and record a real
 *       server's with {@link org.amiframework.testkit.AmiRecordingProxy}.
 *   <li>Serve the manager over HTTP too ({@code /rawman}, {@code /mxml}, {@code /arawman}, {@code
 *       /amxml}) with {@link org.amiframework.testkit.FakeAsteriskBuilder#http(boolean)}, and point
 *       a client at {@link org.amiframework.testkit.FakeAsterisk#httpEndpoint(String)}.
 *   <li>Connect without a socket with {@link org.amiframework.testkit.FakeAsterisk#inMemoryClient}
 *       (and {@link org.amiframework.testkit.FakeAsteriskBuilder#inMemoryOnly()}).
 *   <li>Play realistic calls with {@link org.amiframework.testkit.FakeAsterisk#play} and {@link
 *       org.amiframework.testkit.scenario.Scenarios}.
 *   <li>Test handler beans with JUnit 5: {@link org.amiframework.testkit.junit.AmiTest}.
 * </ul>
 */
package org.amiframework.testkit;
