package org.amiframework.core.api;

import org.amiframework.core.message.AmiMessage;

public abstract class AbstractAmiEvent implements AmiEvent {
  private final AmiMessage message;

  protected AbstractAmiEvent(AmiMessage message) {
    this.message = message;
  }

  @Override
  public String name() {
    return message.value(0);
  }

  @Override
  public final AmiMessage message() {
    return message;
  }

  protected final String text(String header) {
    return message.get(header);
  }

  protected final Integer integer(String header) {
    return Values.parseInt(text(header));
  }

  protected final Long longInteger(String header) {
    return Values.parseLong(text(header));
  }

  protected final Double decimal(String header) {
    return Values.parseDouble(text(header));
  }

  protected final Boolean bool(String header) {
    return Values.parseBoolean(text(header));
  }
}
