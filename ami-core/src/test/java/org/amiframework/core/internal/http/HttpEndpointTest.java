package org.amiframework.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.client.HttpEndpoint.Authentication;
import org.amiframework.core.client.HttpEndpoint.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpEndpointTest {

  @ParameterizedTest
  @CsvSource({
    "http://pbx:8088/rawman, TEXT, LOGIN_ACTION, false, 8088",
    "https://pbx:8089/mxml, XML, LOGIN_ACTION, true, 8089",
    "http://pbx/asterisk/arawman, TEXT, DIGEST, false, 80",
    "HTTPS://pbx/amxml, XML, DIGEST, true, 443",
  })
  void theUrlSaysFormatAuthenticationAndPort(
      String url, Format format, Authentication auth, boolean secure, int port) {
    HttpEndpoint e = HttpEndpoint.parse(url);
    assertEquals(format, e.format());
    assertEquals(auth, e.authentication());
    assertEquals(secure, e.secure());
    assertEquals(port, e.port());
    assertEquals("pbx", e.host());
    assertEquals(HttpEndpoint.RequestMethod.POST, e.requestMethod());
    assertEquals(Duration.ofSeconds(60), e.sessionTimeout());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://pbx/rawman",
        "http:///rawman",
        "http://pbx:8088/manager",
        "http://pbx:8088/amanager",
        "http://pbx:8088/rawman?action=Ping",
        "http://pbx:8088/",
        "http://pbx:8088/rawmanx",
        "not a url at all",
      })
  void refusesWhatIsNotAnAmiUrl(String url) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HttpEndpoint.parse(url));
    assertTrue(e.getMessage().contains("URL"), e.getMessage());
  }

  @Test
  void refusesCredentialsInTheUrlWithoutEchoingThem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpEndpoint.parse("http://admin:topsecret@pbx:8088/rawman"));
    assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
  }

  @Test
  void configTakesHostPortAndTlsFromTheUrl() {
    AmiClientConfig config =
        AmiClientConfig.builder()
            .host("ignored")
            .port(5038)
            .httpEndpoint("https://pbx.example.org:8089/amxml")
            .username("app")
            .secret("pw-not-shown")
            .build();
    assertEquals("pbx.example.org", config.host());
    assertEquals(8089, config.port());
    assertTrue(config.tls());
    assertEquals(Format.XML, config.httpEndpoint().format());
    assertTrue(config.toString().contains("https://pbx.example.org:8089/amxml"), config.toString());
    assertFalse(config.toString().contains("pw-not-shown"));
    assertEquals(config.httpEndpoint(), config.toBuilder().build().httpEndpoint());
    AmiClientConfig tcp =
        config.toBuilder().httpEndpoint((HttpEndpoint) null).host("h").port(5039).build();
    assertNull(tcp.httpEndpoint());
    assertEquals("h", tcp.host());
    assertEquals(5039, tcp.port());
  }

  @Test
  void copiesChangeOneThing() {
    HttpEndpoint e = HttpEndpoint.parse("http://pbx:8088/rawman");
    HttpEndpoint get =
        e.withRequestMethod(HttpEndpoint.RequestMethod.GET)
            .withSessionTimeout(Duration.ofSeconds(30));
    assertEquals(HttpEndpoint.RequestMethod.GET, get.requestMethod());
    assertEquals(Duration.ofSeconds(30), get.sessionTimeout());
    assertEquals(e.uri(), get.uri());
    assertFalse(e.equals(get));
    assertThrows(IllegalArgumentException.class, () -> e.withSessionTimeout(Duration.ZERO));
  }
}
