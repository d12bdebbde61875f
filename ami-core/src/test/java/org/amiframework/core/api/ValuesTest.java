package org.amiframework.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "'  42 ', 42",
    "-7, -7",
    "+7, 7",
    "9223372036854775807, 9223372036854775807",
    "-9223372036854775808, -9223372036854775808"
  })
  void parsesLongs(String text, long expected) {
    assertEquals(expected, Values.parseLong(text));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", " ", "-", "+", "1.5", "12a", "0x10", "1 2", "9223372036854775808", "٣", "--1"})
  void refusesWhatIsNotALong(String text) {
    assertNull(Values.parseLong(text));
  }

  @ParameterizedTest
  @CsvSource({"2147483647, 2147483647", "-2147483648, -2147483648", "' 5', 5"})
  void parsesInts(String text, int expected) {
    assertEquals(expected, Values.parseInt(text));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"2147483648", "-2147483649", "x"})
  void refusesWhatIsNotAnInt(String text) {
    assertNull(Values.parseInt(text));
  }

  @ParameterizedTest
  @CsvSource({
    "1795389269.553645, 1795389269.553645",
    "' 0.5 ', 0.5",
    "-3, -3",
    ".25, 0.25",
    "7., 7",
    "1.5e3, 1500",
    "2E-2, 0.02"
  })
  void parsesDecimals(String text, double expected) {
    assertEquals(expected, Values.parseDouble(text));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", " ", "NaN", "Infinity", "-Infinity", "1d", "1f", "0x1p3", "1e", ".", "1.2.3"})
  void refusesWhatIsNotADecimal(String text) {
    assertNull(Values.parseDouble(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "YES", "true", "y", "t", "1", "on", " On "})
  void readsAsteriskTrue(String text) {
    assertEquals(Boolean.TRUE, Values.parseBoolean(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "false", "n", "f", "0", "off", "OFF"})
  void readsAsteriskFalse(String text) {
    assertEquals(Boolean.FALSE, Values.parseBoolean(text));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "maybe", "2", "yess"})
  void anythingElseIsNoBoolean(String text) {
    assertNull(Values.parseBoolean(text));
  }
}
