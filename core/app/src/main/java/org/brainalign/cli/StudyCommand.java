package org.brainalign.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands on a study file ({@code plan}, {@code run}, {@code slurm}) share: the host
 * options, the study file with its output and cache folders, and picocli's spec for their streams.
 */
abstract class StudyCommand implements Callable<Integer> {
  @Mixin
  HostOptions host;

  @Mixin
  StudyFolders folders = new StudyFolders();

  @Spec
  CommandSpec spec;
}
