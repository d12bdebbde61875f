package com.example.widgets;

import org.amiframework.runtime.AmiApplication;

/** Runs the watchdog against the Asterisk of {@code AMI_HOST}, {@code AMI_USERNAME}, ... */
public final class WidgetWatchdogApplication {

  private WidgetWatchdogApplication() {}

  /** Connects and runs until Ctrl-C. */
  public static void main(String[] args) {
    AmiApplication.run(args);
  }
}
