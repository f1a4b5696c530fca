package org.brainalign.plugins.folder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.RgbImage;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.brainalign.plugins.folder.manifest.DatasetManifest;
import org.brainalign.plugins.folder.manifest.ManifestReader;
import org.brainalign.plugins.folder.manifest.StimuliSpec;
import org.brainalign.plugins.folder.manifest.SubjectSpec;
import org.brainalign.plugins.folder.responses.PreparedResponses;
import org.brainalign.plugins.folder.responses.ResponseFile;
import org.brainalign.plugins.folder.stimuli.FolderStimuli;
import org.brainalign.plugins.folder.stimuli.Hdf5Stimuli;
import org.brainalign.plugins.folder.stimuli.StimulusSet;
import org.brainalign.support.dataset.SessionStats;
import org.brainalign.support.text.Nearest;

/**
 * A dataset described by {@code dataset.yaml} (see {@link FolderDatasetProvider} for the options).
 *
 * <p>Responses of an ROI are {@code (rows × voxels)}: rows as in {@link SubjectRows}, columns = the
 * ROI's columns of the response matrix in ascending order (less dropped constant voxels), column id
 * = the voxel table's {@code id} (default: the column index). They are a view of the subject's
 * matrix ({@link PreparedResponses}), which stays memory-mapped: nothing is copied per ROI.
 */
final class FolderDataset implements BrainDataset {
  private final FolderConfig config;
  private final DatasetManifest manifest;
  private final Map<String, SubjectData> subjects = new HashMap<>();
  private StimulusSet stimuli;
  /** The subject × ROI pairs whose ncsnr-min line was printed. */
  private final Set<String> ncsnrPrinted = ConcurrentHashMap.newKeySet();

  FolderDataset(FolderConfig config) {
    this.config = config;
    this.manifest = ManifestReader.read(config.manifest());
  }

  @Override
  public List<String> subjects() {
    return List.copyOf(manifest.subjects().keySet());
  }

  @Override
  public List<String> rois(String subject) {
    SubjectSpec spec = spec(subject);
    if (!spec.rois().isEmpty()) {
      return spec.rois();
    }
    List<String> defined = List.copyOf(data(subject).voxels.rois().keySet());
    if (defined.isEmpty()) {
      throw new DataFormatException(spec.voxels(), "defines no ROI (subject '" + subject + "' in "
          + manifest.file() + "): expected a 'roi' column of labels, 0/1 membership columns named "
          + "after their ROIs, or a roi-volume in dataset.yaml; found only the columns "
          + data(subject).voxels.table().header() + ". Add one of them.");
    }
    return defined;
  }

  @Override
  public Responses responses(String subject, String roi, RunContext context) {
    SubjectData d = data(subject);
    int[] members = d.voxels.rois().get(roi);
    if (members == null || (!d.spec.rois().isEmpty() && !d.spec.rois().contains(roi))) {
      List<String> known = rois(subject);
      throw InvalidInputException.of(manifest.file() + " (subject '" + subject + "')",
          "one of the ROIs " + known, "'" + roi + "'", "Did you mean '" + Nearest.closest(roi, known)
              + "'? ROIs come from the voxel table " + d.spec.voxels().getFileName()
              + " and the subject's rois: list.");
    }
    SessionStats stats = config.zscore() ? d.stats(context) : null;
    if (stats == null) {
      d.requireFinite(context);
    }
    VoxelSelection selected = VoxelSelection.of(config, d, roi, members, stats,
        d.ncsnr(roi, members, context));
    int[] columns = selected.columns();
    PreparedResponses view = new PreparedResponses(d.responses.matrix(), d.plan.plan().groups(),
        columns, d.plan.plan().session(), stats);
    Table.Builder voxels = selected.ncsnr() == null ? Table.builder("voxels", "column", "id")
        : Table.builder("voxels", "column", "id", "ncsnr");
    List<String> ids = new ArrayList<>(columns.length);
    for (int i = 0; i < columns.length; i++) {
      int c = columns[i];
      if (selected.ncsnr() == null) {
        voxels.row(c, d.voxels.ids().get(c));
      } else {
        voxels.row(c, d.voxels.ids().get(c), selected.ncsnr()[i]);
      }
      ids.add(d.voxels.ids().get(c));
    }
    LabelledMatrix matrix = new LabelledMatrix("folder " + subject + " " + roi, view,
        d.plan.plan().labels(stimulusSet().ids()::get), Labels.of(ids));
    Map<String, Object> info = FolderManifest.build(config, manifest, d, roi, selected, stats,
        warnings(d));
    if (config.ncsnrMin().isPresent() && ncsnrPrinted.add(subject + "\t" + roi)) {
      System.err.println(selected.summary(config, d, roi));
    }
    return new Responses(matrix, d.plan.stimuli(), voxels.build(), info);
  }

  private List<String> warnings(SubjectData d) {
    List<String> w = new ArrayList<>();
    if (!d.plan.unseen().isEmpty()) {
      List<String> some = d.plan.unseen().subList(0, Math.min(5, d.plan.unseen().size()));
      w.add(d.plan.unseen().size() + " of " + stimulusSet().ids().size() + " images are shown by "
          + "no row of " + d.spec.rows().getFileName() + " (subject '" + d.spec.name()
          + "'), e.g. " + some + "; they get no response row");
    }
    return w;
  }

  /**
   * dataset.yaml, the subject's response matrix, rows and voxel tables and ROI volume: everything
   * {@link #responses} reads (the images are the stimuli's, fingerprinted with the features).
   */
  @Override
  public Optional<List<Path>> responseFiles(String subject, String roi) {
    SubjectSpec s = spec(subject);
    List<Path> files = new ArrayList<>(List.of(manifest.file(),
        ResponseFile.path(s.responses(), config.root()), s.rows(), s.voxels()));
    if (s.roiVolume() != null) {
      files.add(s.roiVolume());
    }
    return Optional.of(files);
  }

  @Override
  public ImageSource stimuli(String subject, RunContext context) {
    SubjectData d = data(subject);
    StimulusSet set = stimulusSet();
    List<String> ids = d.plan.rowIds();
    return new ImageSource() {
      @Override
      public int size() {
        return ids.size();
      }

      @Override
      public String id(int index) {
        return ids.get(index);
      }

      @Override
      public String stimulus(int index) {
        return set.ids().get(d.plan.plan().stimulus(index));
      }

      @Override
      public RgbImage read(int index) {
        return set.read(d.plan.plan().stimulus(index));
      }

      @Override
      public Optional<List<Path>> files() {
        return Optional.of(set.files());
      }
    };
  }

  private SubjectSpec spec(String subject) {
    SubjectSpec spec = manifest.subjects().get(subject);
    if (spec == null) {
      List<String> known = subjects();
      throw InvalidInputException.of(manifest.file().toString(), "one of the subjects " + known,
          "'" + subject + "'", "Did you mean '" + Nearest.closest(subject, known) + "'? Subjects are "
              + "the keys under subjects: in dataset.yaml.");
    }
    return spec;
  }

  private synchronized SubjectData data(String subject) {
    SubjectSpec spec = spec(subject);
    SubjectData d = subjects.get(subject);
    if (d == null) {
      StimulusSet set = stimulusSet();
      d = SubjectData.open(spec, config, set.ids(), set.describe());
      subjects.put(subject, d);
      for (String w : warnings(d)) {
        System.err.println("warning: " + w);
      }
    }
    return d;
  }

  private synchronized StimulusSet stimulusSet() {
    if (stimuli == null) {
      StimuliSpec s = manifest.stimuli();
      if (s.isFolder()) {
        FolderStimuli folder = FolderStimuli.open(s.folder());
        folder.decodingWarning().ifPresent(w -> System.err.println("warning: " + w));
        stimuli = folder;
      } else {
        stimuli = Hdf5Stimuli.open(s.images(), s.ids(), manifest.root());
      }
    }
    return stimuli;
  }

  @Override
  public synchronized void close() {
    subjects.values().forEach(SubjectData::close);
    subjects.clear();
    if (stimuli != null) {
      stimuli.close();
      stimuli = null;
    }
  }
}
