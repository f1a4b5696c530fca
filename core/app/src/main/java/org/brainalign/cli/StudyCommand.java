package org.brainalign.cli;

import picocli.CommandLine.Mixin;

/**
 * What the commands on a study file ({@code plan}, {@code run}, {@code slurm}) share besides the
 * host options and streams of every {@link HostCommand}: the study file with its output and cache
 * folders.
 */
abstract class StudyCommand extends HostCommand {
  @Mixin
  StudyFolders folders = new StudyFolders();
}
