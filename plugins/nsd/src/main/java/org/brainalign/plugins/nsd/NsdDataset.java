package org.brainalign.plugins.nsd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.FloatDenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.brainalign.plugins.nsd.betas.BetaSessionFile;
import org.brainalign.plugins.nsd.betas.ReadStrategy;
import org.brainalign.plugins.nsd.betas.ResponseAccumulator;
import org.brainalign.plugins.nsd.design.DesignFiles;
import org.brainalign.plugins.nsd.design.SessionRows;
import org.brainalign.plugins.nsd.design.TrialDesign;
import org.brainalign.plugins.nsd.roi.RoiCatalog;
import org.brainalign.plugins.nsd.roi.RoiMask;
import org.brainalign.plugins.nsd.roi.RoiSelection;
import org.brainalign.plugins.nsd.stimuli.NsdImageSource;
import org.brainalign.support.dataset.ConstantVoxels;
import org.brainalign.support.dataset.Repetitions;
import org.brainalign.support.nifti.NiftiReader;
import org.brainalign.support.nifti.NiftiVolume;

/**
 * An NSD copy on disk, read per subject and ROI (see {@link NsdDatasetProvider} for the options).
 *
 * <p>Responses are {@code (rows × voxels)}: rows as in {@link SessionRows} (images ascending by 0-based
 * 73k id, or trials in presentation order), columns = ROI voxels in ascending flat NIfTI index
 * {@code i + X·(j + Y·k)}, column id = that index. Sessions are read one at a time: memory holds the
 * result plus one session's ROI betas. The design file is read once per subject and kept.
 */
final class NsdDataset implements BrainDataset {
  private final NsdConfig config;
  private final NsdLayout layout;
  private final SubjectFolders folders;
  private final Map<String, TrialDesign> designs = new ConcurrentHashMap<>();
  private final List<NsdImageSource> sources = new ArrayList<>();
  private final Set<String> ncsnrPrinted = ConcurrentHashMap.newKeySet();

  NsdDataset(NsdConfig config) {
    this.config = config;
    this.layout = new NsdLayout(config.root());
    this.folders = new SubjectFolders(layout, config.betas());
  }

  @Override
  public List<String> subjects() {
    return folders.subjects();
  }

  @Override
  public List<String> rois(String subject) {
    return new RoiCatalog(layout, folders.resolve(subject)).names();
  }

  /** Accepts {@code 1}, {@code 01}, {@code subj1} and {@code subj01} for {@code subj01}. */
  @Override
  public void checkSubject(String subject) {
    folders.resolve(subject);
  }

  /**
   * Accepts every ROI {@link RoiCatalog#resolve} does (named ROIs, {@code lh.}/{@code rh.},
   * FILE:LABEL) whose volume file is on disk.
   */
  @Override
  public void checkRoi(String subject, String roi) {
    String subj = folders.resolve(subject);
    RoiSelection selection = new RoiCatalog(layout, subj).resolve(roi);
    layout.require(layout.roiDir(subj).resolve(selection.fileName()), "ROI volume");
  }

  /**
   * The design file, the ROI volume, the betas of every session {@link #responses} reads, and the
   * ncsnr file when it is on disk or {@code ncsnr-min} is set.
   *
   * @throws InvalidInputException with {@code ncsnr-min} when the ncsnr file is missing
   */
  @Override
  public Optional<List<Path>> responseFiles(String subject, String roiName) {
    String subj = folders.resolve(subject);
    RoiSelection roi = new RoiCatalog(layout, subj).resolve(roiName);
    List<Path> files = new ArrayList<>();
    files.add(config.designFile(layout));
    files.add(layout.roiDir(subj).resolve(roi.fileName()));
    for (int s : sessions(subj)) {
      files.add(layout.betasSession(subj, config.betas(), s));
    }
    Path ncsnr = NcsnrSelection.used(layout, config, subj);
    if (ncsnr != null) {
      files.add(ncsnr);
    }
    return Optional.of(files);
  }

  @Override
  public Responses responses(String subject, String roiName, RunContext context) {
    String subj = folders.resolve(subject);
    RoiSelection roi = new RoiCatalog(layout, subj).resolve(roiName);
    Path roiFile = layout.require(layout.roiDir(subj).resolve(roi.fileName()), "ROI volume");
    List<Integer> sessions = sessions(subj);
    List<Path> sessionFiles = new ArrayList<>();
    for (int s : sessions) {
      sessionFiles.add(layout.require(layout.betasSession(subj, config.betas(), s),
          "betas session file"));
    }
    NcsnrSelection.used(layout, config, subj); // fail before reading when ncsnr-min has no file
    TrialDesign design = design(subj);
    NiftiVolume volume = NiftiReader.read(roiFile);
    NsdManifest manifest = new NsdManifest(layout, config, subj, roi);
    manifest.file(config.designFile(layout));
    manifest.file(roiFile);
    RoiMask mask = null;
    NcsnrSelection ncsnr = null;
    SessionRows plan = null;
    ResponseAccumulator acc = null;
    ReadStrategy used = null;
    int trials = 0;
    try (Progress progress = context.progress("nsd " + subj + " " + roiName, sessions.size())) {
      for (int p = 0; p < sessions.size(); p++) {
        try (BetaSessionFile f = BetaSessionFile.open(sessionFiles.get(p))) {
          if (p == 0) {
            ncsnr = NcsnrSelection.of(layout, config, subj, roiName,
                RoiMask.select(volume, roi, f.grid()));
            mask = ncsnr.mask();
            if (ncsnr.file() != null) {
              manifest.file(ncsnr.file());
            }
            plan = SessionRows.of(design, sessions, f.trials(),
                Repetitions.of(config.separate()));
            acc = new ResponseAccumulator(subj, plan, mask.size(), config.zscore());
            used = f.resolve(config.read());
            trials = f.trials();
          } else {
            requireSameShape(f, mask.grid(), trials, sessionFiles.get(0));
          }
          acc.add(p, f.readVoxels(mask.flatIndices(), config.read()), f.trials());
          manifest.file(sessionFiles.get(p));
        }
        progress.advance(1);
      }
    }
    int[] kept = keptColumns(acc, mask.size());
    FloatDenseMatrix data = acc.finish(kept);
    Table voxels = voxelTable(mask, ncsnr.ncsnr(), kept);
    List<String> columnIds = new ArrayList<>(kept.length);
    for (int c : kept) {
      columnIds.add(Integer.toString(mask.flatIndices()[c]));
    }
    LabelledMatrix matrix = new LabelledMatrix("nsd " + subj + " " + roiName, data,
        plan.plan().labels(Integer::toString), Labels.of(columnIds));
    Map<String, Object> info = manifest.build(plan, mask.size(), kept.length,
        acc.constantVoxelSessions(), countConstant(acc, mask.size()), used);
    info.put("ncsnr", ncsnr.manifest(layout, config));
    if (config.ncsnrMin().isPresent() && ncsnrPrinted.add(subj + "\t" + roiName)) {
      System.err.println(ncsnr.summary(layout, config, subj, roiName));
    }
    return new Responses(matrix, plan.stimuli(), voxels, info);
  }

  private int[] keptColumns(ResponseAccumulator acc, int voxels) {
    List<Integer> kept = new ArrayList<>();
    for (int v = 0; v < voxels; v++) {
      if (!(config.zscore() && config.constantVoxels() == ConstantVoxels.DROP
          && acc.constant(v))) {
        kept.add(v);
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int countConstant(ResponseAccumulator acc, int voxels) {
    int n = 0;
    for (int v = 0; v < voxels; v++) {
      n += acc.constant(v) ? 1 : 0;
    }
    return n;
  }

  /** One row per kept voxel; an {@code ncsnr} column when the ncsnr file is on disk. */
  private static Table voxelTable(RoiMask mask, double[] ncsnr, int[] kept) {
    Table.Builder t = ncsnr == null
        ? Table.builder("voxels", "flat_index", "i", "j", "k")
        : Table.builder("voxels", "flat_index", "i", "j", "k", "ncsnr");
    int[] flat = mask.flatIndices();
    for (int c : kept) {
      int[] ijk = mask.ijk(c);
      if (ncsnr == null) {
        t.row(flat[c], ijk[0], ijk[1], ijk[2]);
      } else {
        t.row(flat[c], ijk[0], ijk[1], ijk[2], ncsnr[c]);
      }
    }
    return t.build();
  }

  private static void requireSameShape(BetaSessionFile f, int[] grid, int trials, Path first) {
    if (!Arrays.equals(f.grid(), grid) || f.trials() != trials) {
      throw new DataFormatException(f.file(), "/betas holds " + f.trials() + " trials on grid "
          + "(X, Y, Z) " + Arrays.toString(f.grid()) + ", but " + first + " holds " + trials
          + " trials on " + Arrays.toString(grid) + "; all sessions of a subject share one shape. "
          + "Download the file again.");
    }
  }

  /** The sessions to load for a subject. */
  private List<Integer> sessions(String subject) {
    return config.sessions().resolve(folders.sessions(subject),
        layout.betasDir(subject, config.betas()).toString());
  }

  private TrialDesign design(String subject) {
    Path file = layout.require(config.designFile(layout), "design file");
    int number = Integer.parseInt(subject.substring(4));
    return designs.computeIfAbsent(subject, s -> DesignFiles.read(file, number));
  }

  @Override
  public ImageSource stimuli(String subject, RunContext context) {
    String subj = folders.resolve(subject);
    List<Integer> sessions = sessions(subj);
    Path first = layout.require(layout.betasSession(subj, config.betas(), sessions.get(0)),
        "betas session file");
    int trials;
    try (BetaSessionFile f = BetaSessionFile.open(first)) {
      trials = f.trials();
    }
    SessionRows plan = SessionRows.of(design(subj), sessions, trials,
        Repetitions.of(config.separate()));
    List<String> ids = plan.plan().rowIds(Integer::toString);
    int[] images = new int[ids.size()];
    for (int r = 0; r < images.length; r++) {
      images[r] = plan.plan().stimulus(r);
    }
    NsdImageSource source = new NsdImageSource(layout.require(layout.stimuli(), "stimulus file"),
        ids, images);
    synchronized (sources) {
      sources.add(source);
    }
    return source;
  }

  @Override
  public void close() {
    synchronized (sources) {
      sources.forEach(NsdImageSource::close);
      sources.clear();
    }
  }
}
