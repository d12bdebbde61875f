package org.amiframework.core.api;

import java.util.List;
import java.util.Map;
import org.amiframework.core.message.AmiMessage;

public final class ChannelVariables {
  private ChannelVariables() {}

  public static void addTo(AmiMessage.Builder builder, Map<String, String> variables) {}

  public static Map<String, String> parse(List<String> variableHeaderValues) {
    return Map.of();
  }
}
