package org.amiframework.processor.internal.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import org.amiframework.processor.internal.plan.ResultPlan;

/** The result type and {@code ResultShape} expression of an action. */
final class ResultShapes {

  private ResultShapes() {}

  /** {@code AmiResponse}, {@code EventListResult<Item>} or {@code CommandResult}. */
  static TypeName resultType(ResultPlan r) {
    return switch (r.kind()) {
      case SINGLE -> CoreTypes.AMI_RESPONSE;
      case COMMAND -> CoreTypes.COMMAND_RESULT;
      case LIST -> ParameterizedTypeName.get(CoreTypes.EVENT_LIST_RESULT, r.itemType());
    };
  }

  /** The expression creating the shape. */
  static CodeBlock shape(ResultPlan r) {
    return switch (r.kind()) {
      case SINGLE -> CodeBlock.of("$T.single()", CoreTypes.RESULT_SHAPE);
      case COMMAND -> CodeBlock.of("$T.command()", CoreTypes.RESULT_SHAPE);
      case LIST ->
          r.completionEvent() == null
              ? CodeBlock.of("$T.eventList($T.class,$Wnull)", CoreTypes.RESULT_SHAPE, r.itemType())
              : CodeBlock.of(
                  "$T.eventList($T.class,$W$S)",
                  CoreTypes.RESULT_SHAPE,
                  r.itemType(),
                  r.completionEvent());
    };
  }
}
