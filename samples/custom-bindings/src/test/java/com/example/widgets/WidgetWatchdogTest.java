package com.example.widgets;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.amiframework.testkit.stub.Stubs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.widgets.action.WidgetReset;
import com.example.widgets.enums.Colour;
import com.example.widgets.enums.Severity;
import com.example.widgets.event.WidgetAlarm;
import com.example.widgets.event.WidgetEntry;
import java.time.Duration;
import java.util.Map;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.junit.FakeAsteriskFactory;
import org.amiframework.testkit.junit.TestApplication;
import org.junit.jupiter.api.Test;

/** The watchdog against a fake Asterisk that has res_widget: its generated classes both ways. */
@AmiTest(beans = WidgetWatchdog.class, bindings = WidgetBindings.class)
class WidgetWatchdogTest {

  /** The fake answers the module's actions as the real module would. */
  @FakeAsteriskFactory
  static FakeAsterisk pbxWithWidgets() {
    FakeAsterisk pbx = FakeAsterisk.builder().bindings(new WidgetBindings()).build();
    pbx.stubFor(action(WidgetReset.NAME)).willReturn(success("Widget reset"));
    pbx.stubFor(action("WidgetList"))
        .willReturnList(
            WidgetEntry.builder()
                .channel("PJSIP/100-0000002a")
                .widget("lamp")
                .colour(Colour.RED)
                .size(40)
                .build()
                .message());
    return pbx;
  }

  @Test
  void resetsAWidgetThatRaisesACriticalAlarm(FakeAsterisk pbx) {
    pbx.emit(
        WidgetAlarm.builder()
            .widget("lamp")
            .severity(Severity.CRITICAL)
            .fault("bulb blown")
            .build());

    WidgetReset reset = pbx.actions().await(WidgetReset.TYPE, Duration.ofSeconds(5));
    assertEquals("lamp", reset.widget());
    assertEquals("critical: bulb blown", reset.reason());
  }

  @Test
  void leavesWidgetsWithLesserAlarmsAlone(FakeAsterisk pbx) {
    pbx.emit(
        WidgetAlarm.builder().widget("lamp").severity(Severity.MAJOR).fault("flickers").build());

    pbx.actions().assertNotReceived(action(WidgetReset.NAME));
  }

  @Test
  void knowsWhereEachWidgetIsFromTheListAtLogin(TestApplication app, WidgetWatchdog watchdog) {
    app.settle();

    assertEquals(Map.of("lamp", "PJSIP/100-0000002a"), watchdog.channels());
  }
}
