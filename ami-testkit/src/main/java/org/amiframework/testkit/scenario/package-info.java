/**
 * Call scenarios: builders ({@link org.amiframework.testkit.scenario.Scenarios}) of realistic
 * Asterisk 12+ call flows as ordered, complete events ({@link
 * org.amiframework.testkit.scenario.Scenario}), played into a fake with {@code FakeAsterisk.play}
 * at the {@link org.amiframework.testkit.scenario.Pacing} asked for.
 */
package org.amiframework.testkit.scenario;
