package org.brainalign.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that loads plugins shares: the host options (plugin folders, threads, memory,
 * verbosity) and picocli's spec for its streams, so that its output goes where tests capture it.
 */
abstract class HostCommand implements Callable<Integer> {
  @Mixin
  HostOptions host;

  @Spec
  CommandSpec spec;
}
