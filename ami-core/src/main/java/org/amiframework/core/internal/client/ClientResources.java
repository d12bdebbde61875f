package org.amiframework.core.internal.client;

import java.util.concurrent.ScheduledExecutorService;

/**
 * What one client's connections share: they come and go with reconnects, these live as long as the
 * client.
 *
 * @param counters the metrics
 * @param actionIds the ActionID generator (unique across reconnects)
 * @param timer runs action timeouts and keepalive Pings
 * @param callbacks completes the futures handed to users
 * @param events the queue to the listeners
 */
record ClientResources(
    ClientCounters counters,
    ActionIds actionIds,
    ScheduledExecutorService timer,
    CallbackExecutor callbacks,
    EventDispatcher events) {}
