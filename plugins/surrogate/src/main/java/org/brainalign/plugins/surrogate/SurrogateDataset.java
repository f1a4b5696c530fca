package org.brainalign.plugins.surrogate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.DenseMatrix;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.matrix.Labels;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.brainalign.plugins.simulated.SceneImages;
import org.brainalign.plugins.simulated.SimulatedConfig;
import org.brainalign.plugins.simulated.random.Streams;
import org.brainalign.plugins.simulated.trial.Trials;
import org.brainalign.plugins.surrogate.images.FirstImages;
import org.brainalign.plugins.surrogate.images.FolderImages;
import org.brainalign.plugins.surrogate.readout.LocalReadout;
import org.brainalign.plugins.surrogate.readout.PooledReadout;

/**
 * The surrogate dataset of one configuration. The source model runs once, on the first
 * {@link #responses} call (all ROIs and subjects together, on the largest n of a grid);
 * {@link #stimuli} only creates it to check the ROIs against its layers, so that a bad option fails
 * before a study extracts any features. A {@link GridSubject grid} subject of n images sees the
 * first n images and responds exactly as subject k of a dataset of those n images at its
 * reliability.
 */
final class SurrogateDataset implements BrainDataset {
  private final SurrogateConfig config;
  private final ImageSource images;
  private final List<GridSubject> grid;
  private final List<String> subjects;
  private boolean checked;
  private Latents latents;

  SurrogateDataset(SurrogateConfig config) {
    this.config = config;
    this.images = config.folder() == null
        ? new SceneImages(new SimulatedConfig(config.maxImages(), config.size(), 1, 0, 1, 1,
            config.seed(), Map.of()))
        : FolderImages.open(Path.of(config.folder()));
    boolean folderListed = config.folder() != null && config.listed().contains("images");
    if (folderListed && config.maxImages() > images.size()) {
      throw InvalidInputException.of("option 'images' of 'surrogate'", "at most the "
          + images.size() + " images in folder " + config.folder() + " (option 'folder')",
          String.valueOf(config.maxImages()) + " in " + config.images(),
          "Lower images, or add images to the folder.");
    }
    // A folder gives all its images unless images is a list; generated images are exactly the largest n.
    this.grid = GridSubject.of(config, config.folder() == null || folderListed ? config.images()
        : List.of(images.size()));
    this.subjects = grid.stream().map(GridSubject::id).toList();
  }

  @Override
  public List<String> subjects() {
    return subjects;
  }

  @Override
  public List<String> rois(String subject) {
    subject(subject);
    return config.rois().stream().map(SurrogateRoi::name).toList();
  }

  @Override
  public synchronized ImageSource stimuli(String subject, RunContext context) {
    GridSubject g = subject(subject);
    if (!checked && latents == null) {
      try (VisionModel model = context.model(config.source())) {
        Latents.check(config, model);
      }
      checked = true;
    }
    return g.images() == images.size() ? images : new FirstImages(images, g.images());
  }

  /**
   * The image files the responses are read out from (none for generated images): everything else
   * they depend on (source model and its weights, seeds, noise) is in the dataset's options.
   */
  @Override
  public java.util.Optional<List<Path>> responseFiles(String subject, String roi) {
    subject(subject);
    return images.files();
  }

  @Override
  public Responses responses(String subject, String roi, RunContext context) {
    GridSubject g = subject(subject);
    int s = g.replicate();
    int r = roiIndex(roi);
    SurrogateRoi spec = config.rois().get(r);
    Latents lat = latents(context);
    int n = g.images();
    double[] signal = signal(s, r, lat, n);
    int q = config.voxels();
    Trials trials = Trials.simulate(signal, n, q, SurrogateConfig.noise(g.reliability()),
        config.repetitions(), Streams.NOISE.draws(config.seed(), s, Latents.MIXTURE + r), false);
    List<String> ids = new ArrayList<>(n);
    Table.Builder stimuli = Table.builder("stimuli", "stimulus", "index", "trials");
    for (int i = 0; i < n; i++) {
      ids.add(images.id(i));
      stimuli.row(images.id(i), i, config.repetitions());
    }
    LabelledMatrix data = new LabelledMatrix("surrogate " + subject + " " + roi,
        new DenseMatrix(n, q, trials.mean()), Labels.of(ids), Labels.range(roi + "-", q));
    return new Responses(data, stimuli.build(), voxels(s, r, lat), manifest(g, spec, lat));
  }

  /** Noiseless signals {@code (n × q)} of replicate {@code s} in ROI {@code r} on all images. */
  double[] signal(int s, int r, Latents lat) {
    return signal(s, r, lat, lat.images());
  }

  /** Noiseless signals {@code (n × q)} of replicate {@code s} in ROI {@code r} on the first n images. */
  double[] signal(int s, int r, Latents lat, int n) {
    SurrogateRoi spec = config.rois().get(r);
    SourceLayer layer = lat.layers().get(spec.name());
    int q = config.voxels();
    double[] out = new double[n * q];
    var draws = Streams.TUNING.draws(config.seed(), s, Latents.MIXTURE + r);
    if (spec.readout() == Readout.LOCAL) {
      LocalReadout ro = LocalReadout.sample(q, spec.latent(), layer.height(), layer.width(),
          config.rf(), draws);
      for (int i = 0; i < n; i++) {
        System.arraycopy(ro.apply(lat.latent(spec.name(), n, i)), 0, out, i * q, q);
      }
    } else {
      PooledReadout ro = PooledReadout.sample(q, spec.latent(), draws);
      for (int i = 0; i < n; i++) {
        System.arraycopy(ro.apply(lat.latent(spec.name(), n, i)), 0, out, i * q, q);
      }
    }
    return out;
  }

  synchronized Latents latents(RunContext context) {
    if (latents == null) {
      latents = Latents.compute(config, images, context);
    }
    return latents;
  }

  private Table voxels(int s, int r, Latents lat) {
    SurrogateRoi spec = config.rois().get(r);
    if (spec.readout() == Readout.POOLED) {
      Table.Builder t = Table.builder("voxels", "voxel", "index");
      for (int v = 0; v < config.voxels(); v++) {
        t.row(spec.name() + "-" + v, v);
      }
      return t.build();
    }
    SourceLayer layer = lat.layers().get(spec.name());
    LocalReadout ro = LocalReadout.sample(config.voxels(), spec.latent(), layer.height(),
        layer.width(), config.rf(), Streams.TUNING.draws(config.seed(), s, Latents.MIXTURE + r));
    Table.Builder t = Table.builder("voxels", "voxel", "index", "top", "left", "rf");
    for (int v = 0; v < config.voxels(); v++) {
      t.row(spec.name() + "-" + v, v, ro.top()[v], ro.left()[v], config.rf());
    }
    return t.build();
  }

  private Map<String, Object> manifest(GridSubject g, SurrogateRoi spec, Latents lat) {
    SourceLayer l = lat.layers().get(spec.name());
    Map<String, Object> answer = spec.answer(config, g);
    answer.put("layer_shape", List.of(l.channels(), l.height(), l.width()));
    answer.put("equivalent_layers", lat.equivalentLayers(spec.name()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", "surrogate");
    m.put("subject", g.id());
    m.put("roi", spec.name());
    m.put("options", new TreeMap<>(config.options()));
    String source = config.folder() == null ? "generated (simulated dataset's images, seed "
        + config.seed() + ", " + config.size() + " px)" : config.folder();
    m.put("images", g.images() == images.size() ? source : "the first " + g.images() + " of "
        + images.size() + ": " + source);
    m.put("rows", "one per image in index order; the mean of its " + config.repetitions()
        + " trials");
    m.put("known_answer", answer);
    return m;
  }

  private GridSubject subject(String subject) {
    int s = subjects.indexOf(subject);
    if (s < 0) {
      throw InvalidInputException.of("subject '" + subject + "' of dataset 'surrogate'",
          "one of " + String.join(", ", subjects), "'" + subject + "'",
          "Pick a listed subject, or raise the 'subjects' option (surrogate:subjects=N).");
    }
    return grid.get(s);
  }

  private int roiIndex(String roi) {
    for (int r = 0; r < config.rois().size(); r++) {
      if (config.rois().get(r).name().equals(roi)) {
        return r;
      }
    }
    throw InvalidInputException.of("ROI '" + roi + "' of dataset 'surrogate'", "one of "
        + String.join(", ", config.rois().stream().map(SurrogateRoi::name).toList()), "'" + roi
        + "'", "Name it in the 'rois' option.");
  }

  @Override
  public void close() {
    // Nothing is held open: the source model is closed as soon as the latents are computed.
  }
}
