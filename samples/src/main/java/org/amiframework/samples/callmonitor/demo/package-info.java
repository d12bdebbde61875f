/**
 * The embedded demo PBX: the testkit's fake Asterisk playing realistic calls continuously, so the
 * call monitor can be tried with no Asterisk at hand. {@link
 * org.amiframework.samples.callmonitor.demo.CallFlow} writes a call's events as Asterisk 22 raises
 * them; the monitor's tests use it too.
 */
package org.amiframework.samples.callmonitor.demo;
