package org.amiframework.processor.internal.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One open enum to write.
 *
 * @param className the enum
 * @param constants constant name and wire value, in documented order
 * @param usedBy the headers that use it ({@code Hangup.ChannelStateDesc}), for its Javadoc
 */
public record EnumPlan(ClassName className, List<Constant> constants, List<String> usedBy) {

  /**
   * One constant.
   *
   * @param javaName the constant's name
   * @param wireValue the exact value on the wire
   * @param label the documented short name of a numeric value, or null
   */
  public record Constant(String javaName, String wireValue, String label) {}

  /** Copies. */
  public EnumPlan {
    constants = List.copyOf(constants);
    usedBy = List.copyOf(usedBy);
  }
}
