package org.amiframework.core.api;

import java.util.List;

/**
 * The channel snapshot block Asterisk 13+ writes into channel-related events (§4.3 of the protocol
 * reference), in the order it writes them. Events carry it bare or with a prefix ({@code
 * DestChannel}, {@code TransfereeUniqueid}, ...). {@code Tenantid} and {@code ChanVariable} lines
 * may follow; they are dynamic and not part of this list.
 */
public final class ChannelSnapshot {

  /** The snapshot header names without prefix, in wire order. */
  public static final List<String> HEADERS =
      List.of(
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
          "Linkedid");

  private ChannelSnapshot() {}
}
