/**
 * The call monitor: a call-handling application built only from annotated beans. It prints calls as
 * they start, ring, are answered, transferred and end; tells the PBX about missed inbound calls (a
 * {@code UserEvent} and an AstDB entry); and keeps queue statistics.
 *
 * <ul>
 *   <li>{@link org.amiframework.samples.callmonitor.CallMonitor}: every call's state changes, and
 *       the calls already in progress at login ({@code CoreShowChannels});
 *   <li>{@link org.amiframework.samples.callmonitor.MissedCallNotifier}: a {@code @Where} filter on
 *       the inbound context, actions sent from a handler;
 *   <li>{@link org.amiframework.samples.callmonitor.QueueStatistics}: a wildcard handler restricted
 *       with {@code @RequiresPrivilege};
 *   <li>{@link org.amiframework.samples.callmonitor.CallMonitorApplication}: the {@code main},
 *       against a configured Asterisk or the embedded demo PBX.
 * </ul>
 */
package org.amiframework.samples.callmonitor;
