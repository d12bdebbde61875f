package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.runtime.fixtures.TestEvents;
import org.junit.jupiter.api.Test;

/** The name a lane routes a delivery by, taken from the event where the delivery is made. */
class DeliveryTest {

  @Test
  void carriesTheEventsNameAndAnEmptyOneForAnEventWithout() {
    assertEquals("Hangup", new Delivery(null, TestEvents.generic("Hangup"), null).name());
    AmiEvent nameless =
        new AmiEvent() {
          @Override
          public String name() {
            return null;
          }

          @Override
          public AmiMessage message() {
            return AmiMessage.of();
          }

          @Override
          public Set<PrivilegeClass> privilegeClasses() {
            return Set.of();
          }
        };
    assertEquals("", new Delivery(null, nameless, null).name());
    Delivery barrier = Delivery.barrier();
    assertTrue(barrier.isBarrier());
    assertNull(barrier.name());
  }
}
