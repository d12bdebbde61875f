/**
 * The embedded demo PBX: the testkit's fake Asterisk playing its realistic call scenarios
 * continuously, so that the call monitor can be tried with no Asterisk at hand.
 */
package org.amiframework.samples.callmonitor.demo;
