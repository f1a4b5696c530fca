package org.brainalign.plugins.simulated;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.simulated.random.Streams;
import org.brainalign.plugins.simulated.trial.Trials;
import org.brainalign.plugins.simulated.voxel.EarlyPopulation;
import org.brainalign.plugins.simulated.voxel.LatePopulation;

/**
 * The simulated dataset of one configuration. Voxel tuning is drawn when it is created (cheap); the
 * noiseless signals of all subjects are computed on the first {@link #responses} call and kept, so
 * later calls only add noise. Responses are the same bits whatever the call order or thread count.
 */
final class SimulatedDataset implements BrainDataset {
  private final SimulatedConfig config;
  private final List<String> subjects;
  private final List<EarlyPopulation> early;
  private final List<LatePopulation> late;
  private Signals signals;

  SimulatedDataset(SimulatedConfig config) {
    this.config = config;
    List<String> ids = new ArrayList<>();
    List<EarlyPopulation> e = new ArrayList<>();
    List<LatePopulation> l = new ArrayList<>();
    for (int s = 0; s < config.subjects(); s++) {
      ids.add(SimulatedConfig.subjectId(s));
      e.add(EarlyPopulation.sample(
          Streams.TUNING.draws(config.seed(), s, Roi.EARLY.ordinal()), config.voxels()));
      l.add(LatePopulation.sample(
          Streams.TUNING.draws(config.seed(), s, Roi.LATE.ordinal()), config.voxels()));
    }
    this.subjects = List.copyOf(ids);
    this.early = List.copyOf(e);
    this.late = List.copyOf(l);
  }

  @Override
  public List<String> subjects() {
    return subjects;
  }

  @Override
  public List<String> rois(String subject) {
    subjectIndex(subject);
    return Roi.NAMES;
  }

  /** None: the responses are simulated from the options. */
  @Override
  public java.util.Optional<java.util.List<java.nio.file.Path>> responseFiles(String subject,
      String roi) {
    return java.util.Optional.of(java.util.List.of());
  }

  @Override
  public Responses responses(String subject, String roi, RunContext context) {
    int s = subjectIndex(subject);
    Roi r = roi(roi);
    Trials trials = trials(s, r, context, false);
    int n = config.images();
    int q = config.voxels();
    LabelledMatrix data = new LabelledMatrix("simulated " + subject + " " + r.label(),
        new DenseMatrix(n, q, trials.mean()), new ImageLabels(n), Labels.range(r.label() + "-", q));
    return new Responses(data, ResponseTables.stimuli(config, signals(context).scenes()),
        r == Roi.EARLY ? ResponseTables.earlyVoxels(early.get(s)) : ResponseTables.lateVoxels(q),
        ResponseTables.manifest(config, subject, r));
  }

  /** Noisy trials of subject index {@code s} in {@code roi}; package-private for tests. */
  Trials trials(int s, Roi roi, RunContext context, boolean keep) {
    Signals sig = signals(context);
    double[] signal = roi == Roi.EARLY ? sig.early()[s] : sig.late()[s];
    return Trials.simulate(signal, config.images(), config.voxels(), config.noise(),
        config.repetitions(), Streams.NOISE.draws(config.seed(), s, roi.ordinal()), keep);
  }

  /**
   * The noiseless signals, computed once.
   *
   * @throws InvalidInputException when they would not fit in the run's memory budget
   */
  synchronized Signals signals(RunContext context) {
    if (signals == null) {
      long bytes = 2L * 8 * config.images() * config.voxels() * config.subjects();
      if (bytes > context.memoryBudget()) {
        throw InvalidInputException.of("dataset 'simulated'", "its noiseless responses (images × "
            + "voxels × subjects × 2 ROIs doubles) to fit the memory budget of "
            + context.memoryBudget() / (1 << 20) + " MiB", bytes / (1 << 20) + " MiB for "
            + config.images() + " images, " + config.voxels() + " voxels, " + config.subjects()
            + " subjects", "Lower images, voxels or subjects, or give the JVM more memory (-Xmx).");
      }
      signals = Signals.compute(config, early, late, context);
    }
    return signals;
  }

  SimulatedConfig config() {
    return config;
  }

  EarlyPopulation earlyPopulation(int s) {
    return early.get(s);
  }

  LatePopulation latePopulation(int s) {
    return late.get(s);
  }

  @Override
  public ImageSource stimuli(String subject, RunContext context) {
    subjectIndex(subject);
    return new SceneImages(config);
  }

  private int subjectIndex(String subject) {
    int s = subjects.indexOf(subject);
    if (s < 0) {
      throw InvalidInputException.of("subject '" + subject + "' of dataset 'simulated'",
          "one of " + String.join(", ", subjects), "'" + subject + "'",
          "Pick a listed subject, or raise the 'subjects' option (simulated:subjects=N).");
    }
    return s;
  }

  private static Roi roi(String roi) {
    Roi r = Roi.byName(roi);
    if (r == null) {
      throw InvalidInputException.of("ROI '" + roi + "' of dataset 'simulated'",
          "one of " + String.join(", ", Roi.NAMES), "'" + roi + "'",
          "The simulated dataset has exactly these two regions.");
    }
    return r;
  }

  @Override
  public void close() {
    // Nothing is held open.
  }

  /** Image ids {@code sim-0000 …}, generated on demand. */
  private record ImageLabels(int size) implements Labels {
    @Override
    public String get(int index) {
      Objects.checkIndex(index, size);
      return SimulatedConfig.imageId(index);
    }
  }
}
