package org.amiframework.testkit.junit;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.amiframework.core.api.Bindings;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link org.amiframework.testkit.FakeAsterisk} with the handler beans
 * under test booted in the AMI runtime (Weld SE, discovery off) and connected to it:
 *
 * <pre>{@code
 * @AmiTest(beans = MissedCalls.class)
 * class MissedCallsTest {
 *   @Test
 *   void reportsUnansweredCalls(FakeAsterisk pbx) {
 *     pbx.play(Scenarios.inboundCall().from("5551234").to("100").noAnswer().build());
 *     pbx.awaitAction(action("UserEvent").withHeader("UserEvent", "MissedCall"));
 *   }
 * }
 * }</pre>
 *
 * <p>Test methods, constructors and lifecycle methods may take: the {@link
 * org.amiframework.testkit.FakeAsterisk}; the application's {@link
 * org.amiframework.core.client.AmiClient}; its {@link org.amiframework.runtime.AmiRuntime}; the
 * {@link TestApplication}; the {@link ReceivedEvents}; and any bean of the application by its type
 * (with its qualifiers, if any, on the parameter), resolved as {@code @Inject} resolves it; for an
 * {@code @AmiHandler} the instance itself, not its client proxy, so that its fields can be read.
 *
 * <p>Every {@code emit} and {@code play} on the fake returns once the application has handled what
 * was emitted and the fake has received the actions the handlers sent meanwhile, in every
 * transport: {@code pbx.actions().assertNotReceived(..)} right after an emit means what it says.
 *
 * <p>The beans are {@link #beans()} plus the static nested classes of the test (and of its
 * enclosing classes) annotated {@link org.amiframework.runtime.AmiHandler}, {@code
 * ApplicationScoped}, {@code Dependent} or {@code Singleton}.
 */
@Documented
@Inherited
@Retention(RUNTIME)
@Target(TYPE)
@ExtendWith(AmiTestExtension.class)
public @interface AmiTest {

  /** The bean classes of the application under test: handlers, their collaborators, doubles. */
  Class<?>[] beans() default {};

  /** Over a TCP socket (default), over HTTP, or through memory. */
  Transport transport() default Transport.TCP;

  /** One fake and application per test method, or per class. */
  Lifecycle lifecycle() default Lifecycle.DEFAULT;

  /**
   * The AMI version of the fake's greeting; empty for the fake's default (that of Asterisk 22).
   * Below 3 the fake answers {@code Command} in the legacy format, as Asterisk 13 does.
   */
  String amiVersion() default "";

  /**
   * The user the application logs in as. Without a {@link FakeAsteriskFactory} the fake gets this
   * one user (default {@value org.amiframework.testkit.FakeAsterisk#DEFAULT_USERNAME}) with {@link
   * #read()} and {@link #write()}; with one, it names one of the factory's users (empty: the
   * first).
   */
  String user() default "";

  /** The user's read classes, as {@code manager.conf} writes them: {@code call,reporting}. */
  String read() default "all";

  /** The user's write classes, as {@code manager.conf} writes them: {@code reporting}. */
  String write() default "all";

  /**
   * The {@code Events} mask the application logs in with: {@code on}, {@code off}, a class list, or
   * {@code auto} (derived from the handlers); empty for the runtime's default (every class the user
   * may read).
   */
  String events() default "";

  /** {@code systemname} of the fake; empty for none. */
  String systemName() default "";

  /**
   * Bindings (a class with a public no-argument constructor) the application types events with and
   * the fake takes event classes from; {@code Bindings.class} for the runtime's default.
   */
  Class<? extends Bindings> bindings() default Bindings.class;
}
