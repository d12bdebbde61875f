package org.amiframework.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;
import org.amiframework.processor.internal.handlers.HandlerFinding;

/**
 * Reports a handler finding at the exact place in the user's source: the attribute of the
 * annotation at fault ({@code header = "Contxt"} of the second {@code @Where}), else the element.
 * The Messager cannot point inside a repeated annotation, so with javac this reads the source tree;
 * with another compiler it falls back to the element.
 */
final class SourceReporter {

  private final ProcessingEnvironment env;
  private final Trees trees;

  SourceReporter(ProcessingEnvironment env) {
    this.env = env;
    this.trees = treesOf(env);
  }

  private static Trees treesOf(ProcessingEnvironment env) {
    try {
      return Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      return null; // not javac
    }
  }

  void report(HandlerFinding f) {
    TreePath path = trees == null ? null : trees.getPath(f.element());
    Tree target = path == null || f.annotation() == null ? null : target(path, f);
    if (target == null) {
      env.getMessager().printMessage(Kind.ERROR, f.render(), f.element());
    } else {
      trees.printMessage(Kind.ERROR, f.render(), target, path.getCompilationUnit());
    }
  }

  private Tree target(TreePath path, HandlerFinding f) {
    ModifiersTree modifiers =
        path.getLeaf() instanceof MethodTree m
            ? m.getModifiers()
            : path.getLeaf() instanceof VariableTree v ? v.getModifiers() : null;
    if (modifiers == null) {
      return null;
    }
    TreePath modifiersPath = new TreePath(path, modifiers);
    int seen = 0;
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      if (!is(new TreePath(modifiersPath, annotation), annotation, f.annotation())) {
        continue;
      }
      if (seen++ == f.index()) {
        return f.attribute() == null ? annotation : attribute(annotation, f.attribute());
      }
    }
    return null;
  }

  private boolean is(TreePath path, AnnotationTree annotation, String qualifiedName) {
    TypeMirror type = trees.getTypeMirror(path);
    if (type instanceof DeclaredType declared) {
      return ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(qualifiedName);
    }
    String written = annotation.getAnnotationType().toString();
    return qualifiedName.equals(written) || qualifiedName.endsWith("." + written);
  }

  private static Tree attribute(AnnotationTree annotation, String name) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree a) {
        if (a.getVariable().toString().equals(name)) {
          return a.getExpression();
        }
      } else if (name.equals("value")) {
        return argument;
      }
    }
    return annotation; // the attribute has its default: point at the annotation
  }
}
