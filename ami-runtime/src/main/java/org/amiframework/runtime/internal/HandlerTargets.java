package org.amiframework.runtime.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;
import java.util.function.Supplier;

/**
 * What a handler method is invoked on. For {@code @ApplicationScoped} and {@code @Singleton} beans
 * (the only scopes a handler may have) it is the contextual instance itself, not Weld's client
 * proxy: both scopes are active on every thread and their instance lives as long as the container,
 * so the proxy would resolve the same object on every call, at the price of a method handler and a
 * reflective call per invocation (2.4 times the cost of the call itself, see the dispatch
 * benchmark). Interceptors and decorators still apply: they live in the instance's subclass, not in
 * the client proxy. Any other scope gets the client reference, which follows the scope's rules on
 * each call.
 *
 * <p>The instance is looked up when first needed, as the proxy would do, so a handler bean is still
 * created by its first event. An application-scoped handler bean destroyed by hand ({@code
 * Instance.destroy}) keeps receiving events on its old instance: handler beans are meant to live as
 * long as the container.
 */
final class HandlerTargets {

  private HandlerTargets() {}

  /** Looks up where the bean's handler methods are invoked, on each call of {@code get}. */
  static Supplier<Object> of(BeanManager beanManager, Bean<?> bean) {
    Class<? extends Annotation> scope = bean.getScope();
    if (scope == ApplicationScoped.class || scope == Singleton.class) {
      return () -> contextualInstance(beanManager, bean);
    }
    return () ->
        beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
  }

  private static <T> T contextualInstance(BeanManager beanManager, Bean<T> bean) {
    return beanManager
        .getContext(bean.getScope())
        .get(bean, beanManager.createCreationalContext(bean));
  }
}
