package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.Where;
import org.amiframework.runtime.fixtures.TestEvents;
import org.junit.jupiter.api.Test;

class HeaderConditionTest {

  private static final AmiEvent EVENT =
      TestEvents.generic("Hangup", "Context", "from-pstn", "Exten", "", "Cause", "16");

  private static HeaderCondition where(String header, String equals, String matches, boolean not) {
    return HeaderCondition.compile(
        new Where() {
          @Override
          public Class<? extends Annotation> annotationType() {
            return Where.class;
          }

          @Override
          public String header() {
            return header;
          }

          @Override
          public String equals() {
            return equals;
          }

          @Override
          public String matches() {
            return matches;
          }

          @Override
          public boolean negate() {
            return not;
          }
        });
  }

  @Test
  void equalsIsExactAndCaseSensitive() {
    assertTrue(where("Context", "from-pstn", "", false).test(EVENT));
    assertFalse(where("Context", "FROM-PSTN", "", false).test(EVENT));
    assertFalse(where("Context", "from", "", false).test(EVENT));
  }

  @Test
  void headerNamesAreCaseInsensitive() {
    assertTrue(where("CONTEXT", "from-pstn", "", false).test(EVENT));
  }

  @Test
  void matchesTakesTheWholeValue() {
    assertTrue(where("Context", "", "from-.*", false).test(EVENT));
    assertFalse(where("Context", "", "from", false).test(EVENT));
    assertTrue(where("Cause", "", "1[0-9]", false).test(EVENT));
  }

  @Test
  void emptyValueIsMatchedByAnchors() {
    assertTrue(where("Exten", "", "^$", false).test(EVENT));
    assertFalse(where("Context", "", "^$", false).test(EVENT));
  }

  @Test
  void negateInverts() {
    assertFalse(where("Context", "from-pstn", "", true).test(EVENT));
    assertTrue(where("Context", "from-sip", "", true).test(EVENT));
    assertFalse(where("Context", "", "from-.*", true).test(EVENT));
  }

  @Test
  void absentHeaderFailsAndPassesWhenNegated() {
    assertFalse(where("Channel", "x", "", false).test(EVENT));
    assertFalse(where("Channel", "", ".*", false).test(EVENT));
    assertTrue(where("Channel", "x", "", true).test(EVENT));
  }

  @Test
  void mistakesAreReported() {
    assertThrows(IllegalArgumentException.class, () -> where(" ", "x", "", false));
    assertThrows(IllegalArgumentException.class, () -> where("Context", "x", "y", false));
    assertThrows(IllegalArgumentException.class, () -> where("Context", "", "", false));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> where("Context", "", "[a-", false));
    assertTrue(e.getMessage().contains("invalid regular expression"), e.getMessage());
  }
}
