package org.amiframework.core.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.wire.FrameLimits;

/**
 * Everything a client needs to reach and talk to one server. Immutable; built with {@link
 * #builder()}. The secret is never part of {@link #toString()}.
 */
public final class AmiClientConfig {

  private final String name;
  private final String host;
  private final int port;
  private final boolean tls;
  private final boolean verifyHost;
  private final SSLContext sslContext;
  private final String username;
  private final String secret;
  private final AuthType authType;
  private final String eventMask;
  private final Duration connectTimeout;
  private final Duration actionTimeout;
  private final Duration pingInterval;
  private final Duration pingTimeout;
  private final boolean reconnect;
  private final Duration reconnectInitialDelay;
  private final Duration reconnectMaxDelay;
  private final int reconnectMaxAttempts;
  private final int eventQueueCapacity;
  private final OverflowPolicy overflowPolicy;
  private final Set<PrivilegeClass> writeClasses;
  private final boolean learnWriteClasses;
  private final FrameLimits frameLimits;
  private final Bindings bindings;
  private final HttpEndpoint httpEndpoint;

  private AmiClientConfig(Builder b) {
    this.name = b.name;
    this.httpEndpoint = b.httpEndpoint;
    if (httpEndpoint != null) {
      // The URL is authoritative over HTTP: one place names the server, never two that disagree.
      this.host = httpEndpoint.host();
      this.port = httpEndpoint.port();
      this.tls = httpEndpoint.secure();
    } else {
      this.host = Objects.requireNonNull(b.host, "host");
      this.port = b.port > 0 ? b.port : (b.tls ? 5039 : 5038);
      this.tls = b.tls;
    }
    this.verifyHost = b.verifyHost;
    this.sslContext = b.sslContext;
    this.username = Objects.requireNonNull(b.username, "username");
    this.secret = Objects.requireNonNull(b.secret, "secret");
    this.authType = b.authType;
    this.eventMask = b.eventMask;
    this.connectTimeout = b.connectTimeout;
    this.actionTimeout = b.actionTimeout;
    this.pingInterval = b.pingInterval;
    this.pingTimeout = b.pingTimeout;
    this.reconnect = b.reconnect;
    this.reconnectInitialDelay = b.reconnectInitialDelay;
    this.reconnectMaxDelay = b.reconnectMaxDelay;
    this.reconnectMaxAttempts = b.reconnectMaxAttempts;
    this.eventQueueCapacity = b.eventQueueCapacity;
    this.overflowPolicy = b.overflowPolicy;
    this.writeClasses = b.writeClasses == null ? null : Set.copyOf(b.writeClasses);
    this.learnWriteClasses = b.learnWriteClasses;
    this.frameLimits = b.frameLimits;
    this.bindings = b.bindings;
    if (port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (eventQueueCapacity < 1) {
      throw new IllegalArgumentException("eventQueueCapacity must be positive");
    }
  }

  /** A builder with the defaults: port 5038, plain login, 30 s timeouts, reconnect on. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.host = host;
    b.port = port;
    b.tls = tls;
    b.verifyHost = verifyHost;
    b.sslContext = sslContext;
    b.username = username;
    b.secret = secret;
    b.authType = authType;
    b.eventMask = eventMask;
    b.connectTimeout = connectTimeout;
    b.actionTimeout = actionTimeout;
    b.pingInterval = pingInterval;
    b.pingTimeout = pingTimeout;
    b.reconnect = reconnect;
    b.reconnectInitialDelay = reconnectInitialDelay;
    b.reconnectMaxDelay = reconnectMaxDelay;
    b.reconnectMaxAttempts = reconnectMaxAttempts;
    b.eventQueueCapacity = eventQueueCapacity;
    b.overflowPolicy = overflowPolicy;
    b.writeClasses = writeClasses;
    b.learnWriteClasses = learnWriteClasses;
    b.frameLimits = frameLimits;
    b.bindings = bindings;
    b.httpEndpoint = httpEndpoint;
    return b;
  }

  /** The server's name in a multi-server application ({@code default} if not named). */
  public String name() {
    return name;
  }

  /**
   * The HTTP endpoint when the client talks to Asterisk's HTTP server ({@code /rawman}, {@code
   * /mxml}, {@code /arawman}, {@code /amxml}) instead of the AMI TCP port; null for TCP. When set,
   * {@link #host()}, {@link #port()} and {@link #tls()} are those of its URL.
   */
  public HttpEndpoint httpEndpoint() {
    return httpEndpoint;
  }

  /** Host name or address (with an {@link #httpEndpoint()}, its URL's host). */
  public String host() {
    return host;
  }

  /** TCP port (5038, or 5039 with TLS, unless set; with an HTTP endpoint, its URL's port). */
  public int port() {
    return port;
  }

  /** Whether to use TLS (with an HTTP endpoint: whether its URL is https). */
  public boolean tls() {
    return tls;
  }

  /** Whether TLS verifies the server's host name (on by default). */
  public boolean verifyHost() {
    return verifyHost;
  }

  /** The TLS context, or null for the JDK default trust store. */
  public SSLContext sslContext() {
    return sslContext;
  }

  /** The manager.conf user. */
  public String username() {
    return username;
  }

  /** The secret; never log it. */
  public String secret() {
    return secret;
  }

  /** Plain or MD5 challenge login. */
  public AuthType authType() {
    return authType;
  }

  /** The {@code Events:} value sent at login ({@code on}, {@code off}, a class list), or null. */
  public String eventMask() {
    return eventMask;
  }

  /** Timeout to open the socket and read the greeting, and for the login. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Default timeout of an action. */
  public Duration actionTimeout() {
    return actionTimeout;
  }

  /** Interval of keepalive Pings; zero disables them. */
  public Duration pingInterval() {
    return pingInterval;
  }

  /** How long a Ping may take before the connection is declared dead. */
  public Duration pingTimeout() {
    return pingTimeout;
  }

  /** Whether to reconnect after a drop. */
  public boolean reconnect() {
    return reconnect;
  }

  /** First reconnect delay; doubles (with jitter) up to {@link #reconnectMaxDelay()}. */
  public Duration reconnectInitialDelay() {
    return reconnectInitialDelay;
  }

  /** Longest reconnect delay. */
  public Duration reconnectMaxDelay() {
    return reconnectMaxDelay;
  }

  /** Attempts before giving up; 0 means never give up. */
  public int reconnectMaxAttempts() {
    return reconnectMaxAttempts;
  }

  /** Capacity of the bounded queue between the reader and the listeners. */
  public int eventQueueCapacity() {
    return eventQueueCapacity;
  }

  /** What happens when that queue is full. */
  public OverflowPolicy overflowPolicy() {
    return overflowPolicy;
  }

  /** Configured write classes of the user, or null to learn them (or not check). */
  public Set<PrivilegeClass> writeClasses() {
    return writeClasses;
  }

  /** Whether to send ListCommands after login to learn the user's write classes. */
  public boolean learnWriteClasses() {
    return learnWriteClasses;
  }

  /** Frame reader limits. */
  public FrameLimits frameLimits() {
    return frameLimits;
  }

  /** The bindings events are decoded with. */
  public Bindings bindings() {
    return bindings;
  }

  @Override
  public String toString() {
    return "AmiClientConfig{name="
        + name
        + ", "
        + (httpEndpoint != null
            ? httpEndpoint.toString()
            : (tls ? "tls://" : "tcp://") + host + ":" + port)
        + ", user="
        + username
        + ", secret=******, auth="
        + authType
        + ", events="
        + eventMask
        + "}";
  }

  /** Builds an {@link AmiClientConfig}. */
  public static final class Builder {
    private String name = "default";
    private String host = "127.0.0.1";
    private int port;
    private boolean tls;
    private boolean verifyHost = true;
    private SSLContext sslContext;
    private String username;
    private String secret;
    private AuthType authType = AuthType.PLAIN;
    private String eventMask;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration actionTimeout = Duration.ofSeconds(30);
    private Duration pingInterval = Duration.ofSeconds(20);
    private Duration pingTimeout = Duration.ofSeconds(5);
    private boolean reconnect = true;
    private Duration reconnectInitialDelay = Duration.ofMillis(500);
    private Duration reconnectMaxDelay = Duration.ofSeconds(30);
    private int reconnectMaxAttempts;
    private int eventQueueCapacity = 65_536;
    private OverflowPolicy overflowPolicy = OverflowPolicy.DROP_OLDEST;
    private Set<PrivilegeClass> writeClasses;
    private boolean learnWriteClasses = true;
    private FrameLimits frameLimits = FrameLimits.DEFAULT;
    private Bindings bindings = StockBindingsHolder.stock();
    private HttpEndpoint httpEndpoint;

    private Builder() {}

    /**
     * Talks to Asterisk's HTTP server at this URL instead of the AMI TCP port, for example {@code
     * http://pbx:8088/rawman} or {@code https://pbx:8089/amxml}; see {@link HttpEndpoint}. Host,
     * port and TLS then come from the URL.
     *
     * @throws IllegalArgumentException if the URL is not one of Asterisk's AMI URIs
     */
    public Builder httpEndpoint(String url) {
      return httpEndpoint(HttpEndpoint.parse(url));
    }

    /** See {@link AmiClientConfig#httpEndpoint()}; null goes back to TCP. */
    public Builder httpEndpoint(HttpEndpoint endpoint) {
      this.httpEndpoint = endpoint;
      return this;
    }

    /** See {@link AmiClientConfig#name()}. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name);
      return this;
    }

    /** See {@link AmiClientConfig#host()}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /** See {@link AmiClientConfig#port()}. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** See {@link AmiClientConfig#tls()}. */
    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    /** See {@link AmiClientConfig#verifyHost()}. */
    public Builder verifyHost(boolean verifyHost) {
      this.verifyHost = verifyHost;
      return this;
    }

    /** See {@link AmiClientConfig#sslContext()}. */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = sslContext;
      return this;
    }

    /** See {@link AmiClientConfig#username()}. */
    public Builder username(String username) {
      this.username = Objects.requireNonNull(username);
      return this;
    }

    /** See {@link AmiClientConfig#secret()}. */
    public Builder secret(String secret) {
      this.secret = Objects.requireNonNull(secret);
      return this;
    }

    /** See {@link AmiClientConfig#authType()}. */
    public Builder authType(AuthType authType) {
      this.authType = Objects.requireNonNull(authType);
      return this;
    }

    /** See {@link AmiClientConfig#eventMask()}. */
    public Builder eventMask(String eventMask) {
      this.eventMask = eventMask;
      return this;
    }

    /** Login event mask from classes: only events of these classes are sent. */
    public Builder eventMask(Set<PrivilegeClass> classes) {
      this.eventMask = classes.isEmpty() ? "off" : PrivilegeClass.toList(classes);
      return this;
    }

    /** See {@link AmiClientConfig#connectTimeout()}. */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = Objects.requireNonNull(d);
      return this;
    }

    /** See {@link AmiClientConfig#actionTimeout()}. */
    public Builder actionTimeout(Duration d) {
      this.actionTimeout = Objects.requireNonNull(d);
      return this;
    }

    /** See {@link AmiClientConfig#pingInterval()}. */
    public Builder pingInterval(Duration d) {
      this.pingInterval = Objects.requireNonNull(d);
      return this;
    }

    /** See {@link AmiClientConfig#pingTimeout()}. */
    public Builder pingTimeout(Duration d) {
      this.pingTimeout = Objects.requireNonNull(d);
      return this;
    }

    /** See {@link AmiClientConfig#reconnect()}. */
    public Builder reconnect(boolean reconnect) {
      this.reconnect = reconnect;
      return this;
    }

    /** See {@link AmiClientConfig#reconnectInitialDelay()}. */
    public Builder reconnectInitialDelay(Duration d) {
      this.reconnectInitialDelay = Objects.requireNonNull(d);
      return this;
    }

    /** See {@link AmiClientConfig#reconnectMaxDelay()}. */
    public Builder reconnectMaxDelay(Duration d) {
      this.reconnectMaxDelay = Objects.requireNonNull(d);
      return this;
    }

    /** See {@link AmiClientConfig#reconnectMaxAttempts()}. */
    public Builder reconnectMaxAttempts(int n) {
      this.reconnectMaxAttempts = n;
      return this;
    }

    /** See {@link AmiClientConfig#eventQueueCapacity()}. */
    public Builder eventQueueCapacity(int n) {
      this.eventQueueCapacity = n;
      return this;
    }

    /** See {@link AmiClientConfig#overflowPolicy()}. */
    public Builder overflowPolicy(OverflowPolicy p) {
      this.overflowPolicy = Objects.requireNonNull(p);
      return this;
    }

    /** See {@link AmiClientConfig#writeClasses()}. */
    public Builder writeClasses(Set<PrivilegeClass> classes) {
      this.writeClasses = classes;
      return this;
    }

    /** See {@link AmiClientConfig#learnWriteClasses()}. */
    public Builder learnWriteClasses(boolean learn) {
      this.learnWriteClasses = learn;
      return this;
    }

    /** See {@link AmiClientConfig#frameLimits()}. */
    public Builder frameLimits(FrameLimits limits) {
      this.frameLimits = Objects.requireNonNull(limits);
      return this;
    }

    /** See {@link AmiClientConfig#bindings()}. */
    public Builder bindings(Bindings bindings) {
      this.bindings = Objects.requireNonNull(bindings);
      return this;
    }

    /** The configuration; fails when host, username or secret is missing. */
    public AmiClientConfig build() {
      return new AmiClientConfig(this);
    }
  }
}
