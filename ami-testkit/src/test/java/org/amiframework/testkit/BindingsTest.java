package org.amiframework.testkit;

import static org.amiframework.testkit.stub.Stubs.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.EventType;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.junit.jupiter.api.Test;

/** Generated bindings feed the fake: event classes for emitting, action write classes. */
class BindingsTest {

  private static final EventType<GenericEvent> HANGUP =
      new EventType<>(
          "Hangup",
          GenericEvent.class,
          Set.of(PrivilegeClass.CALL),
          Set.of("Channel"),
          GenericEvent::new);

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final ActionType<GenericAction<AmiResponse>> ORIGINATE_NEEDS_CALL =
      new ActionType<>(
          "Originate",
          (Class) GenericAction.class,
          Set.of(PrivilegeClass.CALL),
          Set.of("Channel"),
          m -> GenericAction.named("Originate"));

  private static final Bindings BINDINGS =
      new Bindings() {
        @Override
        public EventType<?> event(String name) {
          return name.equals("Hangup") ? HANGUP : null;
        }

        @Override
        public ActionType<?> action(String name) {
          return name.equalsIgnoreCase("Originate") ? ORIGINATE_NEEDS_CALL : null;
        }

        @Override
        public Collection<EventType<?>> events() {
          return List.of(HANGUP);
        }

        @Override
        public Collection<ActionType<?>> actions() {
          return List.of(ORIGINATE_NEEDS_CALL);
        }

        @Override
        public String source() {
          return "test bindings";
        }
      };

  @Test
  void eventsWithoutPrivilegeTakeTheirClassesFromTheBindings() throws Exception {
    try (FakeAsterisk pbx = FakeAsterisk.builder().bindings(BINDINGS).start();
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      client.login("admin", "admin", "call");
      assertEquals(1, pbx.emit(event("Hangup", "Channel", "PJSIP/1-1")));
      AmiMessage hangup = client.next();
      assertEquals("call,all", hangup.get("Privilege"));
    }
  }

  @Test
  void actionWriteClassesFromTheBindingsReplaceTheStockTable() throws Exception {
    try (FakeAsterisk pbx =
            FakeAsterisk.builder()
                .bindings(BINDINGS)
                .user(FakeUser.of("caller", "pw", Set.of(), Set.of(PrivilegeClass.CALL)))
                .start();
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      client.login("caller", "pw", null);
      client.send("Action", "Originate", "Channel", "Local/1@x");
      assertEquals("Originate successfully queued", client.nextResponse().get("Message"));
      client.send("Action", "ListCommands");
      assertEquals("Originate a call.  (Priv: call,all)", client.nextResponse().get("Originate"));
    }
  }
}
