package org.amiframework.testkit.e2e;

import java.util.Set;
import org.amiframework.core.api.AbstractAmiEvent;
import org.amiframework.core.api.EventType;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;

/** A typed Hangup shaped like a generated event class, until the stock bindings exist. */
public final class Hangup extends AbstractAmiEvent {

  /** Its binding. */
  public static final EventType<Hangup> TYPE =
      new EventType<>(
          "Hangup",
          Hangup.class,
          Set.of(PrivilegeClass.CALL),
          Set.of(
              "Channel",
              "ChannelState",
              "ChannelStateDesc",
              "CallerIDNum",
              "CallerIDName",
              "ConnectedLineNum",
              "ConnectedLineName",
              "Language",
              "AccountCode",
              "Context",
              "Exten",
              "Priority",
              "Uniqueid",
              "Linkedid",
              "Cause",
              "Cause-txt"),
          Hangup::new);

  /** Wraps a message. */
  public Hangup(AmiMessage message) {
    super(message);
  }

  @Override
  public java.util.Set<PrivilegeClass> privilegeClasses() {
    return TYPE.classes();
  }

  /** The hung-up channel. */
  public String channel() {
    return text("Channel");
  }

  /** The caller's number. */
  public String callerIdNum() {
    return text("CallerIDNum");
  }

  /** The Q.850 cause. */
  public Integer cause() {
    return integer("Cause");
  }
}
