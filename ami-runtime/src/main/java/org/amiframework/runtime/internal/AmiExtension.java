package org.amiframework.runtime.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.runtime.AmiSettings;
import org.amiframework.runtime.ConfigurationException;
import org.amiframework.runtime.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CDI portable extension of the runtime. It registers the runtime's beans, finds every
 * {@code @OnEvent} method of every managed bean and checks it, so that a wrong signature, a bad
 * filter or a handler that can never receive anything fails the deployment with a message naming
 * the method instead of surprising at run time. After validation it settles the configuration:
 * unknown server names are deployment problems, {@code auto} event masks are derived, handlers a
 * mask starves are reported.
 *
 * <p>Registered in {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}; with
 * discovery disabled, add an instance: {@code new Weld().addExtension(new AmiExtension())}.
 */
public class AmiExtension implements Extension {

  private static final Logger LOG = LoggerFactory.getLogger(AmiExtension.class);

  private final List<HandlerMethod> methods = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<InjectionPoint> defaultClientPoints = new ArrayList<>();
  private final List<InjectionPoint> namedClientPoints = new ArrayList<>();
  private Bindings bindings;
  private List<Handler> handlers = List.of();
  private volatile Deployment deployment;

  void addRuntimeBeans(@Observes BeforeBeanDiscovery event, BeanManager beanManager) {
    for (Class<?> type : List.of(DefaultAmiRuntime.class, ClientProducer.class)) {
      event.addAnnotatedType(beanManager.createAnnotatedType(type), type.getName());
    }
  }

  <X> void findHandlers(@Observes ProcessManagedBean<X> event) {
    // Reported with the resolution problems, so that one deployment lists every mistake.
    HandlerMethodReader.read(event, methods, problems::add);
  }

  void noteClientInjection(@Observes ProcessInjectionPoint<?, AmiClient> event) {
    InjectionPoint ip = event.getInjectionPoint();
    boolean named = ip.getQualifiers().stream().anyMatch(Server.class::isInstance);
    (named ? namedClientPoints : defaultClientPoints).add(ip);
  }

  void resolveHandlers(@Observes AfterBeanDiscovery event, BeanManager beanManager) {
    BootOptions options = BootOptions.of(beanManager);
    bindings = options.bindings() != null ? options.bindings() : EventCatalog.defaultBindings();
    EventCatalog catalog = new EventCatalog(bindings);
    List<Handler> resolved = new ArrayList<>();
    methods.sort(Comparator.comparing(HandlerMethod::description));
    for (HandlerMethod m : methods) {
      Handler h = HandlerResolver.resolve(m, catalog, problems::add);
      if (h != null) {
        resolved.add(h);
      }
    }
    handlers = List.copyOf(resolved);
    problems.forEach(p -> event.addDefinitionError(new DefinitionException(p)));
  }

  void settleConfiguration(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
    BootOptions options = BootOptions.of(beanManager);
    AmiSettings settings;
    try {
      settings =
          options.settings() != null
              ? options.settings()
              : AmiSettings.load(options.args().toArray(String[]::new));
    } catch (ConfigurationException e) {
      event.addDeploymentProblem(e);
      return;
    }
    List<String> problems = serverProblems(settings);
    problems.forEach(p -> event.addDeploymentProblem(new DeploymentException(p)));
    if (!problems.isEmpty()) {
      return;
    }
    AmiSettings.Builder resolved =
        AmiSettings.builder()
            .lanes(settings.lanes())
            .laneCapacity(settings.laneCapacity())
            .shutdownTimeout(settings.shutdownTimeout());
    for (AmiClientConfig server : settings.servers()) {
      EventMaskPlanner.Plan plan = EventMaskPlanner.plan(server, handlers);
      if (plan.derivation() != null) {
        LOG.info(plan.derivation());
      }
      plan.warnings().forEach(LOG::warn);
      LOG.info("server '{}': {}", server.name(), plan.config());
      resolved.server(plan.config().toBuilder().bindings(bindings).build());
    }
    deployment = new Deployment(resolved.build(), bindings, handlers, options.clientFactory());
    LOG.info(
        "AMI runtime deployed: {} handler(s), server(s) {}, bindings {}",
        handlers.size(),
        settings.serverNames(),
        bindings.source());
  }

  /** What was deployed. */
  Deployment deployment() {
    Deployment d = deployment;
    if (d == null) {
      throw new IllegalStateException("the AMI runtime has not been deployed (yet)");
    }
    return d;
  }

  private List<String> serverProblems(AmiSettings settings) {
    List<String> names = settings.serverNames();
    List<String> problems = new ArrayList<>();
    for (Handler h : handlers) {
      if (h.server() != null && !names.contains(h.server())) {
        problems.add(h + ": " + unknownServer(h.server(), names));
      }
    }
    for (InjectionPoint ip : namedClientPoints) {
      ip.getQualifiers().stream()
          .filter(Server.class::isInstance)
          .map(q -> ((Server) q).value())
          .filter(name -> !names.contains(name))
          .forEach(name -> problems.add(describe(ip) + ": " + unknownServer(name, names)));
    }
    if (names.size() > 1) {
      for (InjectionPoint ip : defaultClientPoints) {
        problems.add(
            describe(ip)
                + ": injects AmiClient without @Server, but "
                + names.size()
                + " servers are configured "
                + names
                + "; say which with @Server(\"name\")");
      }
    }
    return problems;
  }

  private static String unknownServer(String name, List<String> configured) {
    return "@Server(\"" + name + "\") names no configured server (configured: " + configured + ")";
  }

  private static String describe(InjectionPoint ip) {
    return ip.getMember().getDeclaringClass().getName() + "." + ip.getMember().getName();
  }
}
