/**
 * The stock bindings: typed classes for every action and event that Asterisk 20.20.1 or 22.10.1
 * documents, generated at build time by ami-processor exactly as users generate their own.
 *
 * <ul>
 *   <li>{@code org.amiframework.asterisk.event}: the events ({@code Hangup}, {@code Newchannel},
 *       ...);
 *   <li>{@code org.amiframework.asterisk.action}: the actions ({@code Originate}, {@code Status},
 *       ...);
 *   <li>{@code org.amiframework.asterisk.enums}: their documented value lists;
 *   <li>{@link org.amiframework.asterisk.AsteriskBindings}: the catalog, which every client uses by
 *       default.
 * </ul>
 *
 * <p>The input is {@code src/main/definitions/asterisk-facts.xml}, the facts (names, parameters,
 * classes, no prose) that {@code org.amiframework.processor.tools.FactsExtractor} extracts from
 * both versions' {@code core-en_US.xml}: an action or event of either version is here (the facts
 * file says which versions document each one and each parameter). The warnings suppressed are facts
 * of Asterisk's data, not mistakes: header families such as {@code ReportXSourceSSRC} (AMI-W003),
 * actions that several modules define (AMI-W004), and names that are no Java identifier, such as
 * {@code AOC-D} (AMI-W005).
 */
@GenerateBindings(
    definitions = "src/main/definitions/asterisk-facts.xml",
    name = "Asterisk",
    asteriskVersion = "20.20.1 and 22.10.1",
    suppress = {"AMI-W003", "AMI-W004", "AMI-W005"})
package org.amiframework.asterisk;

import org.amiframework.core.codegen.GenerateBindings;
