package org.brainalign.study;

import java.nio.file.Path;
import java.util.List;
import org.brainalign.engine.plugins.PluginHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study test on the built-in plugins: the host loads them, from the folder the build copies them
 * to ({@code brainalign.plugins}), before each test and closes them after; {@link #dir} is a fresh
 * folder per test.
 */
abstract class BuiltInPluginsTest {
  @TempDir
  Path dir;
  PluginHost host;

  @BeforeEach
  void load() {
    host = PluginHost.load(List.of(Path.of(System.getProperty("brainalign.plugins"))));
  }

  @AfterEach
  void unload() {
    host.close();
  }
}
