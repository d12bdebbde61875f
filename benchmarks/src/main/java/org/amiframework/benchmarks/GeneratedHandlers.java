package org.amiframework.benchmarks;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes handler bean classes at run time, so that a benchmark can register a thousand handlers
 * without a thousand classes in the source tree. Each class is an {@code @AmiHandler} bean with one
 * {@code @OnEvent} method subscribed to one name; it is compiled in memory and defined in this
 * package's class loader, so CDI sees an ordinary class, exactly like one a user wrote.
 *
 * <p>Annotation values are compile-time constants, which is why the patterns cannot vary over
 * instances of one class: every distinct subscription needs its own method, hence its own source.
 */
final class GeneratedHandlers {

  /** How many generated handler methods have run (written by the single lane thread only). */
  static long calls;

  private GeneratedHandlers() {}

  /**
   * Defines one handler class per name, each subscribed to that name only.
   *
   * @param tag makes the class names unique in this JVM, e.g. {@code "N1000all"}
   */
  static List<Class<?>> subscribedTo(String tag, List<String> names) {
    if (names.isEmpty()) {
      return List.of(); // javac refuses to run without a source
    }
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String simpleName = "GeneratedHandler" + tag + "x" + i;
      sources.put(
          GeneratedHandlers.class.getPackageName() + "." + simpleName,
          source(simpleName, names.get(i)));
    }
    Map<String, byte[]> classes =
        InMemoryCompiler.compile(sources, List.of("-proc:none")).classes();
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    List<Class<?>> defined = new ArrayList<>();
    for (String name : sources.keySet()) {
      try {
        defined.add(lookup.defineClass(classes.get(name)));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot define " + name, e);
      }
    }
    return defined;
  }

  private static String source(String simpleName, String eventName) {
    return "package "
        + GeneratedHandlers.class.getPackageName()
        + ";\n\n"
        + "@org.amiframework.runtime.AmiHandler\n"
        + "public class "
        + simpleName
        + " {\n"
        + "  @org.amiframework.runtime.OnEvent(\""
        + eventName
        + "\")\n"
        + "  void on(org.amiframework.core.api.AmiEvent event) {\n"
        + "    GeneratedHandlers.calls++;\n"
        + "  }\n"
        + "}\n";
  }
}
