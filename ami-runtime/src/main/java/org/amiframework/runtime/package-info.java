/**
 * The CDI runtime of the AMI framework: annotated handler beans receive events from one or more
 * Asterisk servers.
 *
 * <pre>{@code
 * @AmiHandler
 * class MissedCalls {
 *   @Inject AmiClient ami;
 *
 *   @OnEvent
 *   @Where(header = "Context", equals = "from-pstn")
 *   void onHangup(Hangup hangup) {
 *     ami.send(GenericAction.named("UserEvent").with("UserEvent", "MissedCall"));
 *   }
 *
 *   @OnEvent("Queue*")
 *   @RequiresPrivilege(PrivilegeClass.AGENT)
 *   void queueActivity(AmiEvent event, AmiClient connection) { }
 * }
 *
 * public static void main(String[] args) { AmiApplication.run(args); }
 * }</pre>
 *
 * <ul>
 *   <li>Handlers: {@link org.amiframework.runtime.AmiHandler}, {@link
 *       org.amiframework.runtime.OnEvent}, {@link org.amiframework.runtime.Where}, {@link
 *       org.amiframework.runtime.RequiresPrivilege}, {@link org.amiframework.runtime.Server}; all
 *       checked at deployment.
 *   <li>Ordering: events of one call (same {@code Linkedid}, else {@code Uniqueid}, else {@code
 *       Channel}; an event without a channel of its own goes with the first channel it names, such
 *       as {@code DestLinkedid}) are handled in the order Asterisk sent them; calls run in parallel
 *       on bounded lanes. A handler that throws is isolated and reported to {@link
 *       org.amiframework.runtime.HandlerErrorListener}s.
 *   <li>Running: {@link org.amiframework.runtime.AmiApplication}, configured by {@link
 *       org.amiframework.runtime.AmiSettings} (keys in CONFIGURATION.md); connection changes are
 *       CDI events ({@link org.amiframework.runtime.ServerLifecycle}).
 *   <li>Testing and embedding: {@link org.amiframework.runtime.AmiClientFactory} replaces the
 *       clients, {@link org.amiframework.runtime.AmiRuntime#publish} feeds events without a socket.
 * </ul>
 */
package org.amiframework.runtime;
