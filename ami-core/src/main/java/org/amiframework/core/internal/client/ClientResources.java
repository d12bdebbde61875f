package org.amiframework.core.internal.client;

import java.util.concurrent.ScheduledExecutorService;

/**
 * What one client's connections share: they come and go with reconnects, these live as long as the
 * client.
 *
 * @param counters the metrics
 * @param actionIds the ActionID generator (unique across reconnects)
 * @param timer runs action timeouts and keepalive checks; its tasks never block
 * @param connector does the client's own blocking network work: connecting, logging in,
 *     reconnecting, writing keepalive Pings and the Logoff (so a socket the server stopped reading
 *     can stall none of the timeouts that detect it)
 * @param callbacks completes the futures handed to users
 * @param events the queue to the listeners
 */
record ClientResources(
    ClientCounters counters,
    ActionIds actionIds,
    ScheduledExecutorService timer,
    ScheduledExecutorService connector,
    CallbackExecutor callbacks,
    EventDispatcher events) {}
