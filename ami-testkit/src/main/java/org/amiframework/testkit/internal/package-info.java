/**
 * The implementation of the fake Asterisk: sessions, the protocol engine and its action handlers,
 * Asterisk's privilege and filter rules, replay and recording. Not an API: types here change
 * without notice.
 */
package org.amiframework.testkit.internal;
