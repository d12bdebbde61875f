package org.amiframework.testkit;

import java.io.IOException;
import org.amiframework.core.api.ChannelSnapshot;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;

/**
 * A fake with one admin user and a raw client logged in as that admin with events off, for tests
 * that ask the fake about the channels they announce.
 */
record AdminSession(FakeAsterisk pbx, RawAmiClient client) implements AutoCloseable {

  static AdminSession start() throws Exception {
    FakeAsterisk pbx = FakeAsterisk.builder().user(FakeUser.admin("admin", "pw")).start();
    try {
      RawAmiClient client = RawAmiClient.connect(pbx);
      client.login("admin", "pw", "off");
      return new AdminSession(pbx, client);
    } catch (Throwable e) {
      pbx.close();
      throw e;
    }
  }

  /**
   * The recorded channel's Newchannel and Newexten, with its snapshot and application, so that the
   * fake knows what Asterisk knew; {@code appData} is the application's data as recorded.
   */
  void announce(AmiMessage recorded, String appData) {
    pbx.emit(withSnapshotOf(recorded, "Newchannel").build(), PrivilegeClass.CALL);
    pbx.emit(
        withSnapshotOf(recorded, "Newexten")
            .add("Extension", recorded.get("Exten"))
            .add("Application", recorded.get("Application"))
            .add("AppData", appData)
            .build(),
        PrivilegeClass.DIALPLAN);
  }

  private static AmiMessage.Builder withSnapshotOf(AmiMessage recorded, String event) {
    AmiMessage.Builder b = AmiMessage.builder().add("Event", event);
    ChannelSnapshot.HEADERS.forEach(h -> b.add(h, recorded.get(h)));
    return b;
  }

  /** A Newchannel that names only the channel, as a terse test would emit it. */
  void announceOnlyTheName(String channel) {
    pbx.emit(AmiMessage.of("Event", "Newchannel", "Channel", channel), PrivilegeClass.CALL);
  }

  /** The channel enters ({@code BridgeEnter}) or leaves ({@code BridgeLeave}) a bridge. */
  void bridge(String event, String channel, String bridgeUniqueid) {
    pbx.emit(
        AmiMessage.of("Event", event, "BridgeUniqueid", bridgeUniqueid, "Channel", channel),
        PrivilegeClass.CALL);
  }

  @Override
  public void close() throws IOException {
    try {
      client.close();
    } finally {
      pbx.close();
    }
  }
}
