package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamePatternTest {

  @Test
  void exactNameIsCaseSensitive() {
    NamePattern p = NamePattern.compile("Hangup");
    assertTrue(p.matches("Hangup"));
    assertFalse(p.matches("hangup"));
    assertFalse(p.matches("HangupRequest"));
  }

  @Test
  void prefixSuffixAndInfix() {
    assertTrue(NamePattern.compile("Queue*").matches("QueueCallerJoin"));
    assertTrue(NamePattern.compile("Queue*").matches("Queue"));
    assertFalse(NamePattern.compile("Queue*").matches("AgentQueue"));
    assertTrue(NamePattern.compile("*Complete").matches("StatusComplete"));
    assertTrue(NamePattern.compile("*Bridge*").matches("BridgeEnter"));
    assertTrue(NamePattern.compile("*Bridge*").matches("LocalBridge"));
    assertFalse(NamePattern.compile("*Bridge*").matches("Hangup"));
  }

  @Test
  void starMatchesEverything() {
    assertTrue(NamePattern.compile("*").matches("Anything"));
    assertTrue(NamePattern.compile("*").matches(""));
  }

  @Test
  void partsDoNotOverlap() {
    assertFalse(NamePattern.compile("Ab*bc").matches("Abc"));
    assertTrue(NamePattern.compile("Ab*bc").matches("Abbc"));
    assertTrue(NamePattern.compile("A*B*C").matches("AxxBxxC"));
    assertFalse(NamePattern.compile("A*B*C").matches("AxxCxxB"));
  }

  @Test
  void emptyAndWhitespacePatternsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> NamePattern.compile(""));
    assertThrows(IllegalArgumentException.class, () -> NamePattern.compile("Queue *"));
  }
}
