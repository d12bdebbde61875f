package org.amiframework.core.message;

import java.util.List;

public final class AmiMessage {
  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder();
  }

  public String get(String name) {
    return null;
  }

  public List<String> getAll(String name) {
    return List.of();
  }

  public boolean has(String name) {
    return false;
  }

  public String actionName() {
    return null;
  }

  public String value(int index) {
    return null;
  }

  public static final class Builder {
    public Builder add(String name, String value) {
      return this;
    }

    public Builder set(String name, String value) {
      return this;
    }

    public Builder remove(String name) {
      return this;
    }

    public AmiMessage build() {
      return new AmiMessage();
    }
  }
}
