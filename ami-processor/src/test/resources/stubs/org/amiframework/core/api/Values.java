package org.amiframework.core.api;

public final class Values {
  private Values() {}

  public static Integer parseInt(String s) {
    return null;
  }

  public static Long parseLong(String s) {
    return null;
  }

  public static Double parseDouble(String s) {
    return null;
  }

  public static Boolean parseBoolean(String s) {
    return null;
  }
}
