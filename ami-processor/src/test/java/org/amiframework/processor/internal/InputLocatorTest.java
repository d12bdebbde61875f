package org.amiframework.processor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLocatorTest {

  @TempDir Path module;

  private Path definitions() throws IOException {
    Path file = module.resolve("src/main/ami/core-en_US.xml");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "<docs/>");
  }

  private Path packageInfo() throws IOException {
    Path file = module.resolve("src/main/java/com/example/pbx/package-info.java");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "package com.example.pbx;");
  }

  @Test
  void theBaseDirOptionWins() throws IOException {
    Path file = definitions();
    InputLocator locator = InputLocator.of(module.toString(), null, Path.of("/"));
    assertEquals(Optional.of(file), locator.find("src/main/ami/core-en_US.xml"));
  }

  @Test
  void walksUpFromTheAnnotatedSourceToTheModule() throws IOException {
    Path file = definitions();
    InputLocator locator = InputLocator.of(null, packageInfo(), Path.of("/nonexistent"));
    assertEquals(Optional.of(file), locator.find("src/main/ami/core-en_US.xml"));
  }

  @Test
  void fallsBackToTheWorkingDirectory() throws IOException {
    Path file = definitions();
    InputLocator locator = InputLocator.of(null, null, module);
    assertEquals(Optional.of(file), locator.find("src/main/ami/core-en_US.xml"));
  }

  @Test
  void takesAbsolutePathsAsTheyAre() throws IOException {
    Path file = definitions();
    InputLocator locator = InputLocator.of("/nonexistent", null, Path.of("/nonexistent"));
    assertEquals(Optional.of(file), locator.find(file.toString()));
  }

  @Test
  void saysWhereItLookedWhenNothingIsThere() throws IOException {
    InputLocator withOption = InputLocator.of(module.toString(), null, Path.of("/"));
    assertEquals(Optional.empty(), withOption.find("absent.xml"));
    assertEquals(module.resolve("absent.xml").toString(), withOption.describe("absent.xml"));
    InputLocator walking = InputLocator.of(null, packageInfo(), module);
    assertTrue(walking.describe("absent.xml").contains("-Aami.basedir"));
  }
}
