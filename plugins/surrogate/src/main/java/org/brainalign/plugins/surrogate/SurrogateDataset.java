package org.brainalign.plugins.surrogate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.KnownAnswer;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.matrix.LabelledMatrix;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.model.ModelFactory;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.run.RunContext;
import org.brainalign.api.table.Table;
import org.brainalign.plugins.simulated.SceneImages;
import org.brainalign.plugins.simulated.SimulatedConfig;
import org.brainalign.plugins.simulated.random.Streams;
import org.brainalign.plugins.simulated.trial.Trials;
import org.brainalign.plugins.surrogate.images.FirstImages;
import org.brainalign.plugins.surrogate.images.FolderImages;
import org.brainalign.plugins.surrogate.images.Presentations;
import org.brainalign.plugins.surrogate.readout.LocalReadout;
import org.brainalign.plugins.surrogate.readout.PooledReadout;
import org.brainalign.support.dataset.Repetitions;
import org.brainalign.support.dataset.ResponseManifest;

/**
 * The surrogate dataset of one configuration. The source model runs once, on the first
 * {@link #responses} call (all ROIs and subjects together, on the largest n of a grid);
 * {@link #stimuli} only creates it to check the ROIs against its layers, so that a bad option fails
 * before a study extracts any features. A {@link GridSubject grid} subject of n images sees the
 * first n images and responds exactly as subject k of a dataset of those n images at its
 * reliability. Its rows are the images (the mean of their trials) or, with
 * {@code repetitions=separate}, the trials ({@link TrialRows}), and then {@link #stimuli} lists one
 * image per row ({@link Presentations}).
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
      try (VisionModel model = ModelFactory.create(context, config.source())) {
        Latents.check(config, model);
      }
      checked = true;
    }
    ImageSource seen = images(g);
    return config.separate() ? new Presentations(seen, config.trials()) : seen;
  }

  /** The images subject {@code g} sees: the first n, in index order. */
  private ImageSource images(GridSubject g) {
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
    TrialRows rows = new TrialRows(Trials.simulate(signal, n, q,
        SurrogateConfig.noise(g.reliability()), config.trials(),
        Streams.NOISE.draws(config.seed(), s, Latents.MIXTURE + r), true), images(g), q);
    LabelledMatrix data = rows.matrix("surrogate " + subject + " " + roi, roi, config.separate());
    double[] ncsnr = rows.ncsnr();
    return new Responses(data, rows.stimuli(config.separate()), voxels(s, r, lat, ncsnr),
        manifest(g, spec, lat, ncsnr != null));
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

  /**
   * One row per voxel: id, index, and for a local ROI its window ({@code top, left, rf}); then its
   * {@code ncsnr} when there are at least two trials per image.
   */
  private Table voxels(int s, int r, Latents lat, double[] ncsnr) {
    SurrogateRoi spec = config.rois().get(r);
    LocalReadout ro = null;
    List<String> columns = new ArrayList<>(List.of("voxel", "index"));
    if (spec.readout() == Readout.LOCAL) {
      SourceLayer layer = lat.layers().get(spec.name());
      ro = LocalReadout.sample(config.voxels(), spec.latent(), layer.height(), layer.width(),
          config.rf(), Streams.TUNING.draws(config.seed(), s, Latents.MIXTURE + r));
      columns.addAll(List.of("top", "left", "rf"));
    }
    if (ncsnr != null) {
      columns.add("ncsnr");
    }
    Table.Builder t = Table.builder("voxels", columns.toArray(new String[0]));
    for (int v = 0; v < config.voxels(); v++) {
      List<Object> row = new ArrayList<>(List.of(spec.name() + "-" + v, v));
      if (ro != null) {
        row.addAll(List.of(ro.top()[v], ro.left()[v], config.rf()));
      }
      if (ncsnr != null) {
        row.add(ncsnr[v]);
      }
      t.row(row.toArray());
    }
    return t.build();
  }

  private Map<String, Object> manifest(GridSubject g, SurrogateRoi spec, Latents lat,
      boolean ncsnr) {
    SourceLayer l = lat.layers().get(spec.name());
    Map<String, Object> answer = spec.answer(config, g);
    answer.put("layer_shape", List.of(l.channels(), l.height(), l.width()));
    answer.put(KnownAnswer.EQUIVALENT_LAYERS, lat.equivalentLayers(spec.name()));
    Map<String, Object> m = ResponseManifest.of("surrogate", g.id(), spec.name(),
        config.options()).build();
    String source = config.folder() == null ? "generated (simulated dataset's images, seed "
        + config.seed() + ", " + config.size() + " px)" : config.folder();
    m.put("images", g.images() == images.size() ? source : "the first " + g.images() + " of "
        + images.size() + ": " + source);
    m.put("repetitions", Repetitions.of(config.separate()).id());
    m.put("trials", config.trials());
    m.put("rows", config.separate() ? "one per trial (" + config.trials() + " per image), "
        + "trial-major: trial 0 of every image in index order, then trial 1, …; id <image>#<trial "
        + "from 0>, labelled as a presentation of the image (stimuli: one image per row)"
        : "one per image in index order; the mean of its " + config.trials() + " trials");
    m.put("ncsnr", ncsnr ? "column ncsnr of the voxels table: NSD's noise ceiling SNR (Allen et al."
        + " 2022) of the " + config.trials() + " trials per image, z-scored per voxel over all "
        + config.trials() + " × " + g.images() + " trials as one session (population sd, ddof 0), "
        + "noise variance = mean over images of the variance across trials (ddof 1); expected: "
        + "known_answer.ncsnr" : "not computed: 1 trial per image (trials=1)");
    m.put(KnownAnswer.MANIFEST_KEY, new KnownAnswer(answer).asMap());
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
