package org.amiframework.runtime.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.EventType;
import org.amiframework.core.client.AmiClientConfig;

/**
 * The event types of the application's bindings, indexed for startup-time questions: which types a
 * handler parameter covers, what a name decodes to.
 */
final class EventCatalog {

  private final Bindings bindings;
  private final List<EventType<?>> types;

  EventCatalog(Bindings bindings) {
    this.bindings = bindings;
    List<EventType<?>> sorted = new ArrayList<>(bindings.events());
    sorted.sort(Comparator.comparing(EventType::name));
    this.types = List.copyOf(sorted);
  }

  /**
   * The default bindings: every {@link Bindings} registered with {@link ServiceLoader} (in
   * classpath order), stacked over the stock bindings of ami-core.
   */
  static Bindings defaultBindings() {
    List<Bindings> layers = new ArrayList<>();
    ServiceLoader.load(Bindings.class).forEach(layers::add);
    layers.add(stockBindings());
    return layers.size() == 1 ? layers.get(0) : Bindings.compose(layers);
  }

  /**
   * The stock bindings of ami-core. Core exposes them only as the default of a client
   * configuration, so they are read from a throwaway builder (no credentials are involved).
   */
  private static Bindings stockBindings() {
    return AmiClientConfig.builder().username("-").secret("-").build().bindings();
  }

  Bindings bindings() {
    return bindings;
  }

  /** The types whose generated class is exactly {@code type}. */
  List<EventType<?>> exactly(Class<?> type) {
    return types.stream().filter(t -> t.javaType() == type).toList();
  }

  /** The types whose generated class is {@code type} or a subtype of it. */
  List<EventType<?>> assignableTo(Class<?> type) {
    return types.stream().filter(t -> type.isAssignableFrom(t.javaType())).toList();
  }

  /** The source of the bindings, for messages. */
  String source() {
    return bindings.source();
  }
}
