package org.amiframework.testkit.scenario;

import java.util.UUID;
import org.amiframework.core.message.AmiMessage;

/** A basic two-party bridge as {@code ast_manager_build_bridge_state_string_prefix()} writes it. */
final class Bridge {

  final String uniqueId = UUID.randomUUID().toString();
  int channels;

  void snapshot(AmiMessage.Builder b, String prefix) {
    b.add(prefix + "BridgeUniqueid", uniqueId)
        .add(prefix + "BridgeType", "basic")
        .add(prefix + "BridgeTechnology", "simple_bridge")
        .add(prefix + "BridgeCreator", "<unknown>")
        .add(prefix + "BridgeName", "<unknown>")
        .add(prefix + "BridgeNumChannels", Integer.toString(channels))
        .add(prefix + "BridgeVideoSourceMode", "none");
  }
}
