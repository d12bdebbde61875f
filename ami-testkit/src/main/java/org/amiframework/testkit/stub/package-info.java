/**
 * The stub language of the fake Asterisk: {@link org.amiframework.testkit.stub.ActionMatcher} says
 * which actions, {@link org.amiframework.testkit.stub.Reply} what they answer; start from the
 * static methods of {@link org.amiframework.testkit.stub.Stubs}.
 */
package org.amiframework.testkit.stub;
