package com.example.widgets;

import com.example.widgets.action.WidgetList;
import com.example.widgets.action.WidgetReset;
import com.example.widgets.event.WidgetAlarm;
import com.example.widgets.event.WidgetEntry;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.AmiRuntime;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.ServerLifecycle;
import org.amiframework.runtime.Where;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resets a widget that raises a critical alarm, and knows which channel each widget is on: it lists
 * them at every login. Everything it handles and sends is a class generated from the server's
 * documentation file.
 */
@AmiHandler
public class WidgetWatchdog {

  private static final Logger LOG = LoggerFactory.getLogger(WidgetWatchdog.class);

  /** The channel of each widget, by widget name. */
  private final Map<String, String> channels = new ConcurrentHashMap<>();

  @Inject AmiRuntime runtime;

  /** {@code Severity} is a documented header of WidgetAlarm: the runtime checks at startup. */
  @OnEvent
  @Where(header = "Severity", equals = "critical")
  void resetBrokenWidget(WidgetAlarm alarm, AmiClient pbx) {
    LOG.warn(
        "widget {} on {} is broken ({}): resetting it",
        alarm.widget(),
        channels.getOrDefault(alarm.widget(), "no channel"),
        alarm.fault());
    pbx.sendAndWait(
        WidgetReset.builder().widget(alarm.widget()).reason("critical: " + alarm.fault()).build());
  }

  void listWidgets(@Observes ServerLifecycle.LoggedIn login) {
    AmiClient pbx = runtime.client(login.server());
    for (WidgetEntry widget : pbx.sendAndWait(WidgetList.builder().build()).items()) {
      channels.put(widget.widget(), widget.channel());
    }
    LOG.info("{} widgets on {}", channels.size(), login.server());
  }

  /** The channel each widget is attached to, by widget name, as last listed. */
  public Map<String, String> channels() {
    return Map.copyOf(channels);
  }
}
