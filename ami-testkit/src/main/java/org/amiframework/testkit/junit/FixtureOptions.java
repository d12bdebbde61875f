package org.amiframework.testkit.junit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.FakeAsteriskBuilder;
import org.amiframework.testkit.FakeUser;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * What an {@link AmiTest} class asks for, read and checked once: the annotation (on the class or an
 * enclosing one), its {@link FakeAsteriskFactory} method, the bean classes.
 *
 * @param config the annotation
 * @param annotated the class that carries it
 * @param factory the factory method, or null
 * @param beans the bean classes of the application, declared and nested
 * @param bindings the bindings to use, or null for the runtime's default
 */
record FixtureOptions(
    AmiTest config, Class<?> annotated, Method factory, List<Class<?>> beans, Bindings bindings) {

  private static final List<Class<? extends Annotation>> BEAN_DEFINING =
      List.of(AmiHandler.class, ApplicationScoped.class, Dependent.class, Singleton.class);

  /**
   * Reads the options of a test class.
   *
   * @throws IllegalArgumentException naming what is wrong with the configuration
   */
  static FixtureOptions of(Class<?> testClass) {
    Class<?> annotated = testClass;
    while (annotated != null && !AnnotationSupport.isAnnotated(annotated, AmiTest.class)) {
      annotated = annotated.getEnclosingClass();
    }
    if (annotated == null) {
      throw new IllegalArgumentException(
          testClass.getName() + " uses the AMI test extension without @AmiTest");
    }
    AmiTest config = AnnotationSupport.findAnnotation(annotated, AmiTest.class).orElseThrow();
    Method factory = factoryOf(annotated);
    if (factory != null && !configuresNoFake(config)) {
      throw new IllegalArgumentException(
          annotated.getName()
              + ": configure the fake either with @AmiTest(amiVersion, read, write, systemName) or"
              + " with the @FakeAsteriskFactory method "
              + factory.getName()
              + "(), not both");
    }
    return new FixtureOptions(
        config, annotated, factory, beansOf(config, testClass), bindingsOf(config));
  }

  /** Whether the application talks to the fake over TCP, over HTTP or through memory. */
  Transport transport() {
    return config.transport();
  }

  /** Whether one fixture serves every test of the class. */
  boolean perClass(boolean testInstancePerClass) {
    return config.lifecycle() == Lifecycle.PER_CLASS
        || (config.lifecycle() == Lifecycle.DEFAULT && testInstancePerClass);
  }

  /** Makes and starts the fake as configured. */
  FakeAsterisk startFake() {
    Object made = factory == null ? configuredFake() : invokeFactory();
    FakeAsterisk fake;
    if (made instanceof FakeAsteriskBuilder builder) {
      if (transport() == Transport.DIRECT) {
        builder.inMemoryOnly();
      } else if (transport().httpUri() != null) {
        builder.http(true);
      }
      fake = builder.build();
    } else {
      fake = (FakeAsterisk) made;
    }
    if (!fake.isRunning()) {
      fake.startAgain();
    }
    return fake;
  }

  /** The user the application logs in as. */
  FakeUser loginUser(FakeAsterisk fake) {
    List<FakeUser> users = fake.users();
    if (config.user().isEmpty()) {
      if (users.isEmpty()) {
        throw new IllegalArgumentException(
            "the fake Asterisk of " + annotated.getName() + " has no user to log in as");
      }
      return users.get(0);
    }
    return users.stream()
        .filter(u -> u.name().equalsIgnoreCase(config.user()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "@AmiTest(user = \""
                        + config.user()
                        + "\") names no user of the fake; it has "
                        + users));
  }

  private FakeAsteriskBuilder configuredFake() {
    String name = config.user().isEmpty() ? FakeAsterisk.DEFAULT_USERNAME : config.user();
    FakeAsteriskBuilder builder =
        FakeAsterisk.builder()
            .failedLoginDelay(Duration.ZERO)
            .user(
                FakeUser.of(
                    name,
                    FakeAsterisk.DEFAULT_SECRET,
                    classes("read", config.read()),
                    classes("write", config.write())));
    if (!config.amiVersion().isEmpty()) {
      builder.amiVersion(config.amiVersion());
    }
    if (!config.systemName().isEmpty()) {
      builder.systemName(config.systemName());
    }
    if (bindings != null) {
      builder.bindings(bindings);
    }
    return builder;
  }

  private Object invokeFactory() {
    try {
      factory.setAccessible(true);
      Object made = factory.invoke(null);
      if (made == null) {
        throw new IllegalArgumentException(describe(factory) + " returned null");
      }
      return made;
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException(describe(factory) + " failed: " + cause, cause);
    }
  }

  /** A manager.conf class list, every name checked (Asterisk would silently drop a typo). */
  private Set<PrivilegeClass> classes(String attribute, String list) {
    Set<PrivilegeClass> classes = EnumSet.noneOf(PrivilegeClass.class);
    for (String item : list.split(",")) {
      String name = item.trim().toLowerCase(Locale.ROOT);
      if (name.equals("all")) {
        classes.addAll(EnumSet.allOf(PrivilegeClass.class));
      } else if (!name.isEmpty()) {
        PrivilegeClass c = PrivilegeClass.fromWireName(name);
        if (c == null) {
          throw new IllegalArgumentException(
              "@AmiTest("
                  + attribute
                  + " = \""
                  + list
                  + "\"): '"
                  + name
                  + "' is no privilege class; use "
                  + EnumSet.allOf(PrivilegeClass.class));
        }
        classes.add(c);
      }
    }
    return classes;
  }

  private static boolean configuresNoFake(AmiTest config) {
    return config.amiVersion().isEmpty()
        && config.read().equals("all")
        && config.write().equals("all")
        && config.systemName().isEmpty();
  }

  private static Method factoryOf(Class<?> annotated) {
    List<Method> found =
        AnnotationSupport.findAnnotatedMethods(
            annotated, FakeAsteriskFactory.class, HierarchyTraversalMode.BOTTOM_UP);
    if (found.isEmpty()) {
      return null;
    }
    Method m = found.get(0);
    boolean returnsFake =
        FakeAsteriskBuilder.class.isAssignableFrom(m.getReturnType())
            || FakeAsterisk.class.isAssignableFrom(m.getReturnType());
    if (found.size() > 1
        || !Modifier.isStatic(m.getModifiers())
        || m.getParameterCount() != 0
        || !returnsFake) {
      throw new IllegalArgumentException(
          annotated.getName()
              + ": expected one static no-argument @FakeAsteriskFactory method returning"
              + " FakeAsteriskBuilder or FakeAsterisk, found "
              + found.stream().map(FixtureOptions::describe).toList());
    }
    return m;
  }

  private static List<Class<?>> beansOf(AmiTest config, Class<?> testClass) {
    Set<Class<?>> beans = new LinkedHashSet<>(List.of(config.beans()));
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      for (Class<?> type = c; type != null && type != Object.class; type = type.getSuperclass()) {
        for (Class<?> nested : type.getDeclaredClasses()) {
          if (Modifier.isStatic(nested.getModifiers()) && isBean(nested)) {
            beans.add(nested);
          }
        }
      }
    }
    return new ArrayList<>(beans);
  }

  private static boolean isBean(Class<?> type) {
    return BEAN_DEFINING.stream().anyMatch(a -> AnnotationSupport.isAnnotated(type, a));
  }

  private static Bindings bindingsOf(AmiTest config) {
    if (config.bindings() == Bindings.class) {
      return null;
    }
    try {
      return config.bindings().getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "@AmiTest(bindings = "
              + config.bindings().getName()
              + ".class) needs a public no-argument constructor: "
              + e,
          e);
    }
  }

  private static String describe(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "()";
  }
}
