package org.amiframework.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.FakeAsteriskBuilder;
import org.junit.jupiter.api.Test;

/** How {@code @AmiTest} is read, and the errors a wrong configuration gets. */
class FixtureOptionsTest {

  @AmiTest(beans = String.class)
  static class WithNestedHandler {
    @AmiHandler
    static class Handler {}

    class NotStatic {}
  }

  @AmiTest(read = "call,reprting")
  static class MisspelledClass {}

  @AmiTest(amiVersion = "2.10.4")
  static class BothWays {
    @FakeAsteriskFactory
    static FakeAsteriskBuilder pbx() {
      return FakeAsterisk.builder();
    }
  }

  @AmiTest
  static class FactoryWithParameter {
    @FakeAsteriskFactory
    static FakeAsterisk pbx(String name) {
      return FakeAsterisk.builder().build();
    }
  }

  @AmiTest(user = "nobody-here")
  static class UnknownUser {
    @FakeAsteriskFactory
    static FakeAsteriskBuilder pbx() {
      return FakeAsterisk.builder().inMemoryOnly();
    }
  }

  @Test
  void beansAreTheDeclaredOnesAndTheStaticNestedHandlers() {
    FixtureOptions options = FixtureOptions.of(WithNestedHandler.class);

    assertEquals(List.of(String.class, WithNestedHandler.Handler.class), options.beans());
  }

  @Test
  void aMisspelledPrivilegeClassIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FixtureOptions.of(MisspelledClass.class).startFake());

    assertTrue(e.getMessage().contains("'reprting' is no privilege class"), e.getMessage());
  }

  @Test
  void theFakeIsConfiguredOneWayOnly() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FixtureOptions.of(BothWays.class));

    assertTrue(e.getMessage().contains("not both"), e.getMessage());
  }

  @Test
  void aFactoryMethodMustTakeNoParameters() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FixtureOptions.of(FactoryWithParameter.class));

    assertTrue(e.getMessage().contains("static no-argument @FakeAsteriskFactory"), e.getMessage());
  }

  @Test
  void anUnknownLoginUserIsNamed() {
    FixtureOptions options = FixtureOptions.of(UnknownUser.class);
    try (FakeAsterisk fake = options.startFake()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> options.loginUser(fake));

      assertTrue(e.getMessage().contains("nobody-here"), e.getMessage());
    }
  }
}
