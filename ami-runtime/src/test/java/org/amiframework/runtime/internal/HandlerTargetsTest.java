package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.proxy.WeldClientProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What handler methods are invoked on, for each kind of scope. */
class HandlerTargetsTest {

  @ApplicationScoped
  static class ApplicationBean {}

  @Singleton
  static class SingletonBean {}

  @RequestScoped
  static class RequestBean {}

  @Dependent
  static class DependentBean {}

  private WeldContainer container;

  @BeforeEach
  void boot() {
    container =
        new Weld("targets-" + UUID.randomUUID())
            .disableDiscovery()
            .addBeanClasses(
                ApplicationBean.class, SingletonBean.class, RequestBean.class, DependentBean.class)
            .initialize();
  }

  @AfterEach
  void shutDown() {
    container.close();
  }

  @Test
  void anApplicationScopedBeanIsCalledOnItsContextualInstanceNotThroughTheProxy() {
    Object target = target(ApplicationBean.class).get();
    assertFalse(target instanceof WeldClientProxy, "a client proxy: " + target.getClass());
    WeldClientProxy proxy =
        assertInstanceOf(WeldClientProxy.class, container.select(ApplicationBean.class).get());
    assertSame(proxy.getMetadata().getContextualInstance(), target);
    assertSame(target, target(ApplicationBean.class).get(), "one instance for the container");
  }

  @Test
  void aSingletonIsCalledOnItsOneInstance() {
    assertSame(container.select(SingletonBean.class).get(), target(SingletonBean.class).get());
  }

  @Test
  void aRequestScopedBeanKeepsItsProxySoEachCallFindsTheCurrentRequest() {
    assertInstanceOf(WeldClientProxy.class, target(RequestBean.class).get());
  }

  @Test
  void aDependentBeanGetsANewInstanceFromEachLookup() {
    Supplier<Object> lookup = target(DependentBean.class);
    Object first = lookup.get();
    assertInstanceOf(DependentBean.class, first);
    assertNotSame(first, lookup.get());
  }

  private Supplier<Object> target(Class<?> type) {
    BeanManager beanManager = container.getBeanManager();
    Bean<?> bean = beanManager.resolve(beanManager.getBeans(type));
    return HandlerTargets.of(beanManager, bean);
  }
}
