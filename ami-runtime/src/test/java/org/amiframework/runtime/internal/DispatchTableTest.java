package org.amiframework.runtime.internal;

import static org.amiframework.runtime.internal.HandlerShapes.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.fixtures.TestHangup;
import org.amiframework.runtime.fixtures.TestPeerStatus;
import org.junit.jupiter.api.Test;

class DispatchTableTest {

  private static final List<ServerLink> SERVERS =
      List.of(new ServerLink(0, "pbx1", null), new ServerLink(1, "pbx2", null));

  private static BoundHandler bound(Handler h) {
    return new BoundHandler(h, Object::new);
  }

  private static List<String> names(BoundHandler[] handlers) {
    return Arrays.stream(handlers).map(BoundHandler::toString).toList();
  }

  @Test
  void eachNameGetsOnlyItsOwnHandlers() {
    List<BoundHandler> all = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      all.add(bound(handler("Peer.h" + i + "(TestPeerStatus)", TestPeerStatus.class)));
    }
    all.add(bound(handler("Calls.hangup(TestHangup)", TestHangup.class)));
    DispatchTable table = new DispatchTable(all, SERVERS);

    assertEquals(List.of("Calls.hangup(TestHangup)"), names(table.handlersFor(0, "Hangup")));
    assertEquals(1000, table.handlersFor(1, "PeerStatus").length);
    assertEquals(0, table.handlersFor(0, "Newchannel").length);
  }

  @Test
  void eachNameIsResolvedOnceThenCached() {
    DispatchTable table =
        new DispatchTable(
            List.of(
                bound(handler("Q.q(AmiEvent)", AmiEvent.class, List.of("Queue*"), null, null)),
                bound(handler("C.h(TestHangup)", TestHangup.class))),
            SERVERS);
    long atStart = table.resolutions();
    for (int i = 0; i < 100; i++) {
      assertEquals(List.of("Q.q(AmiEvent)"), names(table.handlersFor(0, "QueueMemberAdded")));
      assertEquals(0, table.handlersFor(1, "Dial").length);
      assertEquals(List.of("C.h(TestHangup)"), names(table.handlersFor(1, "Hangup")));
    }
    assertEquals(2, table.resolutions() - atStart, "Hangup is resolved up front; two new names");
  }

  @Test
  void serverRestrictionsArePrecomputed() {
    DispatchTable table =
        new DispatchTable(
            List.of(
                bound(handler("A.any(TestHangup)", TestHangup.class)),
                bound(handler("B.two(TestHangup)", TestHangup.class, List.of(), null, "pbx2"))),
            SERVERS);
    assertEquals(List.of("A.any(TestHangup)"), names(table.handlersFor(0, "Hangup")));
    assertEquals(
        List.of("A.any(TestHangup)", "B.two(TestHangup)"), names(table.handlersFor(1, "Hangup")));
  }

  @Test
  void theCacheIsBounded() {
    DispatchTable table =
        new DispatchTable(
            List.of(bound(handler("A.all(AmiEvent)", AmiEvent.class))), SERVERS.subList(0, 1));
    for (int i = 0; i < DispatchTable.MAX_CACHED_NAMES + 10; i++) {
      assertEquals(1, table.handlersFor(0, "Invented" + i).length);
    }
    long before = table.resolutions();
    table.handlersFor(0, "Invented" + (DispatchTable.MAX_CACHED_NAMES + 5));
    table.handlersFor(0, "Invented" + (DispatchTable.MAX_CACHED_NAMES + 5));
    assertEquals(2, table.resolutions() - before, "names beyond the bound are not cached");
  }
}
