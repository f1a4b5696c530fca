package org.brainalign.plugins.nsd;

import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;

/**
 * Where the Natural Scenes Dataset keeps each file, relative to the root that holds
 * {@code nsddata/}, {@code nsddata_betas/} and {@code nsddata_stimuli/} (the layout of the public
 * {@code natural-scenes-dataset} bucket; Allen et al. 2022, NSD data manual).
 *
 * @param root the NSD root folder
 */
public record NsdLayout(Path root) {

  /** {@code nsddata_betas/ppdata/subjXX/func1pt8mm/betas_<version>/}. */
  public Path betasDir(String subject, String version) {
    return root.resolve("nsddata_betas/ppdata").resolve(subject).resolve("func1pt8mm")
        .resolve("betas_" + version);
  }

  /** {@code betas_sessionNN.hdf5} in {@link #betasDir}, NN two digits from 01. */
  public Path betasSession(String subject, String version, int session) {
    return betasDir(subject, version).resolve(String.format("betas_session%02d.hdf5", session));
  }

  /**
   * {@code ncsnr.nii.gz} in {@link #betasDir}: NSD's per-voxel noise ceiling SNR of that beta
   * version, computed from all of the subject's sessions.
   */
  public Path ncsnr(String subject, String version) {
    return betasDir(subject, version).resolve("ncsnr.nii.gz");
  }

  /** {@code nsddata_betas/ppdata/}: one folder per subject with betas. */
  public Path betasSubjects() {
    return root.resolve("nsddata_betas/ppdata");
  }

  /** {@code nsddata/ppdata/subjXX/func1pt8mm/roi/}. */
  public Path roiDir(String subject) {
    return root.resolve("nsddata/ppdata").resolve(subject).resolve("func1pt8mm/roi");
  }

  /** {@code nsddata/freesurfer/subjXX/label/<family>.mgz.ctab}. */
  public Path labelTable(String subject, String family) {
    return root.resolve("nsddata/freesurfer").resolve(subject).resolve("label")
        .resolve(family + ".mgz.ctab");
  }

  /** {@code nsddata/experiments/nsd/}, home of the design files. */
  public Path designDir() {
    return root.resolve("nsddata/experiments/nsd");
  }

  /** {@code nsddata_stimuli/stimuli/nsd/nsd_stimuli.hdf5}. */
  public Path stimuli() {
    return root.resolve("nsddata_stimuli/stimuli/nsd/nsd_stimuli.hdf5");
  }

  /** {@code path} relative to the root, with forward slashes, for messages and manifests. */
  public String relative(Path path) {
    Path p = path.startsWith(root) ? root.relativize(path) : path;
    return p.toString().replace('\\', '/');
  }

  /**
   * Checks that a file exists.
   *
   * @param what what the file is, e.g. {@code "ROI volume"}
   * @return {@code file}
   * @throws InvalidInputException naming the exact path and the NSD folder it belongs in
   */
  public Path require(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      Path parent = file.getParent();
      throw InvalidInputException.of(file.toString(),
          "the NSD " + what + " (it belongs in the NSD folder " + relative(parent) + "/)",
          "no such file",
          "Check that root= is the folder holding nsddata/, nsddata_betas/ and nsddata_stimuli/ ("
              + root + " now), and download " + relative(file) + " from the NSD release.");
    }
    return file;
  }
}
