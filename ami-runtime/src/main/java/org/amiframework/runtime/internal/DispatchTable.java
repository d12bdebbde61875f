package org.amiframework.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which handlers may receive an event of a given name from a given server. Immutable in what it
 * answers; built once at startup. The handlers of each name are resolved once, the first time the
 * name is seen, and cached, so dispatching an event costs a map lookup and then only the handlers
 * that subscribe to its name: handlers of other events cost nothing.
 */
final class DispatchTable {

  /**
   * Distinct names cached at most. Asterisk's event names are a closed set of a few hundred; the
   * bound only guards memory against a server inventing names without end.
   */
  static final int MAX_CACHED_NAMES = 4096;

  private static final Logger LOG = LoggerFactory.getLogger(DispatchTable.class);
  private static final BoundHandler[] NONE = new BoundHandler[0];

  private final List<BoundHandler> handlers;
  private final List<ServerLink> servers;
  private final ConcurrentHashMap<String, BoundHandler[][]> byName = new ConcurrentHashMap<>();
  private final LongAdder resolutions = new LongAdder();
  private final AtomicBoolean cacheFullReported = new AtomicBoolean();

  DispatchTable(List<BoundHandler> handlers, List<ServerLink> servers) {
    this.handlers = List.copyOf(handlers);
    this.servers = List.copyOf(servers);
    for (BoundHandler h : handlers) {
      if (!h.handler().open()) {
        h.handler().names().forEach(name -> byName.computeIfAbsent(name, this::resolve));
      }
    }
  }

  /** The handlers that may receive events of this name from this server, in a stable order. */
  BoundHandler[] handlersFor(int server, String name) {
    BoundHandler[][] perServer = byName.get(name);
    if (perServer == null) {
      perServer = resolve(name);
      if (byName.size() < MAX_CACHED_NAMES) {
        byName.putIfAbsent(name, perServer);
      } else if (cacheFullReported.compareAndSet(false, true)) {
        LOG.warn(
            "more than {} distinct event names seen; names beyond are resolved on each event",
            MAX_CACHED_NAMES);
      }
    }
    return perServer[server];
  }

  /** How many times a name was resolved by scanning all handlers (for tests of the caching). */
  long resolutions() {
    return resolutions.sum();
  }

  private BoundHandler[][] resolve(String name) {
    resolutions.increment();
    BoundHandler[][] perServer = new BoundHandler[servers.size()][];
    for (ServerLink server : servers) {
      List<BoundHandler> matching = new ArrayList<>();
      for (BoundHandler h : handlers) {
        if (h.handler().servesServer(server.name()) && h.handler().receivesName(name)) {
          matching.add(h);
        }
      }
      perServer[server.index()] = matching.isEmpty() ? NONE : matching.toArray(NONE);
    }
    return perServer;
  }
}
