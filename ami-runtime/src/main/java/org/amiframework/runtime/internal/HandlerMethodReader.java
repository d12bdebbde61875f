package org.amiframework.runtime.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.invoke.Invoker;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.RequiresPrivilege;
import org.amiframework.runtime.Server;
import org.amiframework.runtime.Where;

/**
 * Reads the {@link OnEvent} methods of a managed bean: checks everything that does not depend on
 * the bindings (scope, signature, filters, patterns) and prepares an invoker for each valid method.
 * Each problem is reported as one message starting with the method.
 */
final class HandlerMethodReader {

  private HandlerMethodReader() {}

  /** Adds the bean's valid handler methods to {@code out} and reports the invalid ones. */
  static <X> void read(
      ProcessManagedBean<X> event, List<HandlerMethod> out, Consumer<String> problems) {
    for (AnnotatedMethod<? super X> m : event.getAnnotatedBeanClass().getMethods()) {
      Method method = m.getJavaMember();
      String description = describe(method);
      if (!m.isAnnotationPresent(OnEvent.class)) {
        if (!m.getAnnotations(Where.class).isEmpty()
            || m.isAnnotationPresent(RequiresPrivilege.class)) {
          problems.accept(description + ": @Where and @RequiresPrivilege need @OnEvent");
        }
        continue;
      }
      List<String> found = new ArrayList<>();
      HandlerMethod handler = read(event, m, description, found);
      found.forEach(p -> problems.accept(description + ": " + p));
      if (handler != null) {
        out.add(handler);
      }
    }
  }

  private static <X> HandlerMethod read(
      ProcessManagedBean<X> event,
      AnnotatedMethod<? super X> m,
      String description,
      List<String> problems) {
    Method method = m.getJavaMember();
    Class<?> scope = event.getBean().getScope();
    if (scope != ApplicationScoped.class && scope != Singleton.class) {
      problems.add(
          "handlers must belong to an @ApplicationScoped bean (annotate the class @AmiHandler) or a"
              + " @Singleton, not @"
              + scope.getSimpleName());
    }
    Class<? extends AmiEvent> eventType = checkSignature(method, problems);
    List<NamePattern> patterns = new ArrayList<>();
    for (String text : m.getAnnotation(OnEvent.class).value()) {
      try {
        patterns.add(NamePattern.compile(text));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    List<HeaderCondition> conditions = new ArrayList<>();
    for (Where where : m.getAnnotations(Where.class)) {
      try {
        conditions.add(HeaderCondition.compile(where));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    Set<PrivilegeClass> required = null;
    RequiresPrivilege privilege = m.getAnnotation(RequiresPrivilege.class);
    if (privilege != null) {
      if (privilege.value().length == 0) {
        problems.add("@RequiresPrivilege names no class, so no event could pass");
      } else {
        required = EnumSet.copyOf(Arrays.asList(privilege.value()));
      }
    }
    Server server = m.getAnnotation(Server.class);
    if (server != null && server.value().isBlank()) {
      problems.add("@Server has a blank name");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    Invoker<Object, ?> invoker;
    try {
      invoker = erase(event.createInvoker(m).build());
    } catch (RuntimeException e) {
      problems.add("cannot be invoked: " + e.getMessage());
      return null;
    }
    return new HandlerMethod(
        description,
        event.getBean(),
        eventType,
        method.getParameterCount() == 2,
        patterns,
        conditions,
        required,
        server == null ? null : server.value(),
        invoker);
  }

  /** The event parameter's type, or null after reporting what is wrong with the signature. */
  private static Class<? extends AmiEvent> checkSignature(Method method, List<String> problems) {
    if (Modifier.isPrivate(method.getModifiers())) {
      problems.add("must not be private");
    }
    if (method.getTypeParameters().length > 0) {
      problems.add("must not declare type parameters");
    }
    if (method.getReturnType() != void.class) {
      problems.add("must return void, not " + method.getReturnType().getSimpleName());
    }
    Type[] params = method.getGenericParameterTypes();
    if (params.length == 0 || params.length > 2) {
      problems.add(
          "must take the event, optionally followed by the AmiClient connection; it takes "
              + params.length
              + " parameters");
      return null;
    }
    if (params.length == 2 && params[1] != AmiClient.class) {
      problems.add("its second parameter must be AmiClient (the connection), not " + params[1]);
    }
    if (params[0] instanceof Class<?> c && AmiEvent.class.isAssignableFrom(c)) {
      return c.asSubclass(AmiEvent.class);
    }
    problems.add(
        "its first parameter must be an event type (AmiEvent or a subtype), not " + params[0]);
    return null;
  }

  /** {@code com.example.Bean.method(Hangup, AmiClient)}: where the method is declared. */
  static String describe(Method method) {
    return method.getDeclaringClass().getName()
        + "."
        + method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  // The invoker is typed by the bean class; the dispatcher holds instances as Object.
  @SuppressWarnings("unchecked")
  private static Invoker<Object, ?> erase(Invoker<?, ?> invoker) {
    return (Invoker<Object, ?>) invoker;
  }
}
