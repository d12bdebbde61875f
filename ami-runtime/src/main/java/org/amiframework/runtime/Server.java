package org.amiframework.runtime;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * Names one of the configured Asterisk servers ({@code ami.servers=pbx1,pbx2}).
 *
 * <ul>
 *   <li>On an injection point, selects that server's client: {@code @Inject @Server("pbx2")
 *       AmiClient pbx2;}. A plain {@code @Inject AmiClient} is allowed only when one server is
 *       configured.
 *   <li>On an {@link OnEvent} method, restricts the handler to events of that server.
 * </ul>
 *
 * <p>A name that is not configured is a deployment error.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER})
public @interface Server {

  /** The server name as configured. */
  @Nonbinding
  String value();

  /** An instance of the qualifier, for programmatic lookup ({@code Instance.select}). */
  final class Literal extends AnnotationLiteral<Server> implements Server {
    private static final long serialVersionUID = 1L;

    private final String value;

    private Literal(String value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    /** The qualifier naming {@code server}. */
    public static Literal of(String server) {
      return new Literal(server);
    }

    @Override
    public String value() {
      return value;
    }
  }
}
