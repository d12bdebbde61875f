package org.amiframework.testkit.junit;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Set;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.runtime.AmiRuntime;
import org.amiframework.testkit.FakeAsterisk;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link AmiTest}: starts the fake and the application before each
 * test (or once for the class), injects them as parameters, and tears them down with the test's (or
 * the class's) extension context. Register it with {@code @AmiTest}; it reads its configuration
 * there.
 */
public final class AmiTestExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AmiTestExtension.class);

  /** What this extension injects itself; any other type is looked up among the beans. */
  private static final Set<Class<?>> OWN_TYPES =
      Set.of(
          FakeAsterisk.class,
          AmiClient.class,
          AmiRuntime.class,
          AmiApplication.class,
          TestApplication.class,
          ReceivedEvents.class);

  /** Creates the extension; JUnit does, through {@link AmiTest}. */
  public AmiTestExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    if (perClass(context)) {
      fixture(context);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    fixture(context);
  }

  /** Constructors of per-method test instances are resolved with the test method's context. */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (OWN_TYPES.contains(type) && qualifiers(parameter).length == 0) {
      return true;
    }
    if (type.getName().startsWith("org.junit.") || !fixtureAvailable(context)) {
      return false;
    }
    return fixture(context)
        .application()
        .container()
        .select(type, qualifiers(parameter))
        .isResolvable();
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (!fixtureAvailable(context)) {
      throw new ParameterResolutionException(
          "the fake Asterisk and application of "
              + context.getRequiredTestClass().getSimpleName()
              + " exist per test method; to inject them into "
              + parameter.getDeclaringExecutable().getName()
              + ", use @AmiTest(lifecycle = Lifecycle.PER_CLASS)");
    }
    TestFixture fixture = fixture(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == FakeAsterisk.class) {
      return fixture.fake();
    } else if (type == AmiClient.class && qualifiers(parameter).length == 0) {
      return fixture.client();
    } else if (type == AmiRuntime.class) {
      return fixture.application().runtime();
    } else if (type == AmiApplication.class) {
      return fixture.application();
    } else if (type == TestApplication.class) {
      return new TestApplication(fixture);
    } else if (type == ReceivedEvents.class) {
      return fixture.events();
    }
    return fixture.bean(type, qualifiers(parameter));
  }

  /**
   * The fixture serving this context: the class's, created on first use, or the test method's.
   *
   * @throws ExtensionConfigurationException when the configuration is wrong
   */
  private TestFixture fixture(ExtensionContext context) {
    ExtensionContext owner = perClass(context) ? classContext(context) : context;
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            TestFixture.class, key -> TestFixture.start(options(context)), TestFixture.class);
  }

  private static boolean fixtureAvailable(ExtensionContext context) {
    return perClass(context) || context.getTestMethod().isPresent();
  }

  private static boolean perClass(ExtensionContext context) {
    boolean instancePerClass =
        context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
            == TestInstance.Lifecycle.PER_CLASS;
    return options(context).perClass(instancePerClass);
  }

  /** The context of the class that carries {@link AmiTest}, where a per-class fixture lives. */
  private static ExtensionContext classContext(ExtensionContext context) {
    Class<?> annotated = options(context).annotated();
    ExtensionContext c = context;
    while (c.getParent().isPresent()
        && (c.getTestMethod().isPresent() || c.getTestClass().orElse(null) != annotated)) {
      c = c.getParent().get();
    }
    return c;
  }

  private static FixtureOptions options(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
    return root.getOrComputeIfAbsent(
        testClass,
        type -> {
          try {
            return FixtureOptions.of(testClass);
          } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
          }
        },
        FixtureOptions.class);
  }

  private static Annotation[] qualifiers(ParameterContext parameter) {
    return Arrays.stream(parameter.getParameter().getAnnotations())
        .filter(a -> a.annotationType().isAnnotationPresent(jakarta.inject.Qualifier.class))
        .toArray(Annotation[]::new);
  }
}
