/**
 * A widget watchdog for a PBX running the (fictional) custom module res_widget. The bindings for
 * the module's actions and events are generated at build time from the server's own documentation
 * file:
 *
 * <ul>
 *   <li>{@code com.example.widgets.event}: {@code WidgetAlarm}, {@code WidgetEntry}, ...;
 *   <li>{@code com.example.widgets.action}: {@code WidgetReset}, {@code WidgetList}, ...;
 *   <li>{@code com.example.widgets.enums}: {@code Severity}, {@code Colour};
 *   <li>{@code com.example.widgets.WidgetBindings}: the catalog, registered in {@code
 *       META-INF/services} so that the runtime types events with it.
 * </ul>
 */
@GenerateBindings(
    definitions = "src/main/ami/core-en_US.xml",
    overlays = "src/main/ami/widgets.overlay",
    name = "Widget",
    asteriskVersion = "22.10.1")
package com.example.widgets;

import org.amiframework.core.codegen.GenerateBindings;
