package org.amiframework.core.internal.client;

/**
 * A logged-in connection with what was learned at login.
 *
 * @param connection the connection
 * @param permissions what the user may run
 * @param keepalive its keepalive, started once the session is active
 */
record Session(Connection connection, WritePermissions permissions, Keepalive keepalive) {}
