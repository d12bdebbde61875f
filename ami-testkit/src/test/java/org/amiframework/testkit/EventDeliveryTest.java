package org.amiframework.testkit;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.amiframework.testkit.stub.Stubs.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which sessions get which events: read classes, Events masks, filters, framing. */
class EventDeliveryTest {

  private FakeAsterisk pbx;
  private final List<RawAmiClient> clients = new ArrayList<>();

  @BeforeEach
  void start() {
    pbx = SharedData.likeTheRecordedServer(null).systemName("amitest").start();
  }

  @AfterEach
  void stop() throws Exception {
    for (RawAmiClient c : clients) {
      c.close();
    }
    pbx.close();
  }

  private RawAmiClient loggedIn(String user, String secret, String events) throws Exception {
    RawAmiClient client = RawAmiClient.connect(pbx);
    clients.add(client);
    assertEquals("Authentication accepted", client.login(user, secret, events).get("Message"));
    return client;
  }

  /** The events a session got before the answer to a Ping sent after they were emitted. */
  private static List<AmiMessage> eventsUntilPing(RawAmiClient client) throws Exception {
    client.send("Action", "Ping", "ActionID", "fence");
    List<AmiMessage> events = new ArrayList<>();
    AmiMessage response = client.nextResponse(events);
    assertEquals("fence", response.actionId());
    return events;
  }

  @Test
  void filtersARealStreamAsAsteriskDidForEachUser() throws Exception {
    // Three sessions recorded at once while admin placed calls: replay admin's events through the
    // fake and check each user gets exactly what the real server gave it.
    AmiCapture admin = AmiCapture.fromServer(SharedData.capture("l-admin-stream.rx"));
    AmiCapture reporter = AmiCapture.fromServer(SharedData.capture("l-reporter-stream.rx"));
    RawAmiClient adminClient = loggedIn("admin", "adminpw", null);
    RawAmiClient reporterClient = loggedIn("reporter", "reppw", null);
    RawAmiClient nobodyClient = loggedIn("nobody", "nopw", null);
    assertEquals("FullyBooted", adminClient.next().eventName(), "admin has the system class");

    List<AmiMessage> broadcast =
        admin.messages().stream()
            .filter(m -> m.kind() == MessageKind.EVENT && m.has("SystemName"))
            .toList();
    broadcast.forEach(pbx::emit);

    assertEquals(broadcast, eventsUntilPing(adminClient));
    assertEquals(
        reporter.messages().stream().filter(m -> m.kind() == MessageKind.EVENT).toList(),
        eventsUntilPing(reporterClient));
    assertEquals(List.of(), eventsUntilPing(nobodyClient));
  }

  @Test
  void anEventNeedsEveryOneOfItsClasses() throws Exception {
    RawAmiClient reporter = loggedIn("reporter", "reppw", null);
    assertEquals(0, pbx.emit(event("Both", "X", "1"), PrivilegeClass.CALL, PrivilegeClass.AGENT));
    assertEquals(
        1, pbx.emit(event("Both", "X", "2"), PrivilegeClass.CALL, PrivilegeClass.REPORTING));
    List<AmiMessage> got = eventsUntilPing(reporter);
    assertEquals(1, got.size());
    assertEquals("call,reporting,all", got.get(0).get("Privilege"));
  }

  @Test
  void framesEventsLikeAsteriskQueuesThem() throws Exception {
    pbx.close();
    pbx = FakeAsterisk.builder().systemName("pbx1").timestampEvents(true).start();
    RawAmiClient client = loggedIn("admin", "admin", "call");
    pbx.emit(event("Hangup", "Channel", "PJSIP/1-0001", "Cause", "16"), PrivilegeClass.CALL);
    AmiMessage hangup = eventsUntilPing(client).get(0);
    List<String> names = hangup.headers().stream().map(h -> h.name()).toList();
    assertEquals(
        List.of("Event", "Privilege", "Timestamp", "SystemName", "Channel", "Cause"), names);
    assertEquals("call,all", hangup.get("Privilege"));
    assertEquals("pbx1", hangup.get("SystemName"));
    assertTrue(hangup.get("Timestamp").matches("\\d+\\.\\d{6}"), hangup.get("Timestamp"));
  }

  @Test
  void aLoginMaskAndTheEventsActionNarrowWhatArrives() throws Exception {
    RawAmiClient admin = loggedIn("admin", "adminpw", "user");
    pbx.emit(event("Newchannel", "Channel", "a"), PrivilegeClass.CALL);
    pbx.emit(event("UserEvent", "UserEvent", "u1"), PrivilegeClass.USER);
    assertEquals(List.of("UserEvent"), names(eventsUntilPing(admin)));

    admin.send("Action", "Events", "EventMask", "off");
    assertEquals("Off", admin.nextResponse().get("Events"));
    pbx.emit(event("UserEvent", "UserEvent", "u2"), PrivilegeClass.USER);
    assertEquals(List.of(), eventsUntilPing(admin));

    admin.send("Action", "Events", "EventMask", "on");
    assertEquals("On", admin.nextResponse().get("Events"));
    pbx.emit(event("Newchannel", "Channel", "b"), PrivilegeClass.CALL);
    assertEquals(List.of("Newchannel"), names(eventsUntilPing(admin)));
  }

  @Test
  void theMaskNeverWidensPastTheReadClasses() throws Exception {
    RawAmiClient nobody = loggedIn("nobody", "nopw", "on");
    nobody.send("Action", "Events", "EventMask", "on");
    assertEquals("On", nobody.nextResponse().get("Events"), "Asterisk says On all the same");
    pbx.emit(event("Newchannel", "Channel", "a"), PrivilegeClass.CALL);
    assertEquals(List.of(), eventsUntilPing(nobody));
  }

  @Test
  void legacyAndAdvancedFiltersCombineAsInAsterisk() throws Exception {
    RawAmiClient admin = loggedIn("admin", "adminpw", "on");
    admin.send(
        "Action", "Filter", "Operation", "Add", "Filter", "Event: (Newchannel|Hangup|UserEvent)");
    assertEquals("Success", admin.nextResponse().get("Message"));
    admin.send(
        "Action", "Filter", "Operation", "Add", "MatchCriteria", "name(Hangup),action(exclude)");
    assertEquals("Success", admin.nextResponse().get("Response"));
    admin.send("Action", "Filter", "Operation", "Add", "Filter", "!UserEvent: secret");
    assertEquals("Success", admin.nextResponse().get("Response"));

    for (String name : List.of("Newchannel", "Hangup", "Newstate")) {
      pbx.emit(event(name, "Channel", "x"), PrivilegeClass.CALL);
    }
    pbx.emit(event("UserEvent", "UserEvent", "secret"), PrivilegeClass.USER);
    pbx.emit(event("UserEvent", "UserEvent", "public"), PrivilegeClass.USER);
    List<AmiMessage> got = eventsUntilPing(admin);
    assertEquals(List.of("Newchannel", "UserEvent"), names(got));
    assertEquals("public", got.get(1).get("UserEvent"));
  }

  @Test
  void advancedFiltersMatchOneHeaderWithAMethod() throws Exception {
    RawAmiClient admin = loggedIn("admin", "adminpw", "on");
    admin.send(
        "Action",
        "Filter",
        "Operation",
        "Add",
        "MatchCriteria",
        "header(Channel),method(starts_with)",
        "Filter",
        "PJSIP/");
    assertEquals("Success", admin.nextResponse().get("Response"));
    pbx.emit(event("Newchannel", "Channel", "Local/1@x"), PrivilegeClass.CALL);
    pbx.emit(event("Newchannel", "Channel", "PJSIP/100-01"), PrivilegeClass.CALL);
    assertEquals(
        List.of("PJSIP/100-01"),
        eventsUntilPing(admin).stream().map(m -> m.get("Channel")).toList());
  }

  @Test
  void badFiltersGetAsterisksErrors() throws Exception {
    RawAmiClient admin = loggedIn("admin", "adminpw", "off");
    admin.send("Action", "Filter", "Operation", "Bogus", "Filter", "x");
    assertEquals("Unknown operation", admin.nextResponse().get("Message"));
    admin.send("Action", "Filter", "Operation", "Add", "Filter", "([unclosed");
    assertEquals(
        "Filter did not compile.  Check the syntax of the filter given.",
        admin.nextResponse().get("Message"));
    admin.send("Action", "Filter", "Operation", "Add", "MatchCriteria", "name(X)", "Filter", "y");
    assertEquals(
        "Filter was formatted incorrectly.  Check the syntax of the filter given.",
        admin.nextResponse().get("Message"));
  }

  @Test
  void userEventFiltersFromManagerConfApplyToEverySession() throws Exception {
    pbx.addUser(FakeUser.admin("filtered", "pw").withEventFilter("!Event: Newstate"));
    RawAmiClient client = loggedIn("filtered", "pw", "call");
    pbx.emit(event("Newstate", "Channel", "a"), PrivilegeClass.CALL);
    pbx.emit(event("Hangup", "Channel", "a"), PrivilegeClass.CALL);
    assertEquals(List.of("Hangup"), names(eventsUntilPing(client)));
  }

  @Test
  void typedEventsAndSingleSessionsCanBeTargeted() throws Exception {
    RawAmiClient first = loggedIn("admin", "adminpw", "call");
    RawAmiClient second = loggedIn("admin", "adminpw", "call");
    FakeSession secondSession = pbx.sessions().get(1);
    GenericEvent typed =
        new GenericEvent(AmiMessage.of("Event", "Hangup", "Privilege", "call,all", "Cause", "16"));
    assertTrue(secondSession.emit(typed));
    assertEquals(List.of(), eventsUntilPing(first));
    assertEquals(List.of("Hangup"), names(eventsUntilPing(second)));
  }

  @Test
  void anEventWithoutAnyKnownClassIsRefusedWithAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> pbx.emit(event("Mystery", "A", "b")));
    assertTrue(e.getMessage().contains("Mystery"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> pbx.emit(AmiMessage.of("Response", "Success"), PrivilegeClass.CALL));
  }

  @Test
  void waitEventReturnsWhenAnEventArrives() throws Exception {
    RawAmiClient admin = loggedIn("admin", "adminpw", "call");
    admin.send("Action", "WaitEvent", "ActionID", "w1", "Timeout", "30");
    pbx.actions().await(action("WaitEvent"), Duration.ofSeconds(5));
    pbx.emit(event("Hangup", "Channel", "a"), PrivilegeClass.CALL);
    List<AmiMessage> events = new ArrayList<>();
    AmiMessage response = admin.nextResponse(events);
    assertEquals("Waiting for Event completed.", response.get("Message"));
    assertEquals(List.of("Hangup"), names(events));
    AmiMessage complete = admin.next();
    assertEquals("WaitEventComplete", complete.eventName());
    assertEquals("w1", complete.actionId());
  }

  private static List<String> names(List<AmiMessage> events) {
    return events.stream().map(AmiMessage::eventName).toList();
  }
}
