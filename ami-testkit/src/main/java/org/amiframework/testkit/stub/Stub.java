package org.amiframework.testkit.stub;

/** A stub registered on a fake: how often it answered, and how to take it away again. */
public interface Stub {

  /** What it answers. */
  ActionMatcher matcher();

  /** How many actions it has answered so far. */
  int matchCount();

  /** Unregisters it; actions fall back to other stubs or the fake's own behaviour. */
  void remove();
}
