package org.brainalign.plugins.simulated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainalign.api.table.Table;
import org.brainalign.plugins.simulated.filter.FilterBank;
import org.brainalign.plugins.simulated.scene.Scene;
import org.brainalign.plugins.simulated.voxel.EarlyPopulation;

/** The stimuli and voxel tables and the manifest that go with simulated responses. */
final class ResponseTables {

  private ResponseTables() {}

  /** One row per image: id, index, trials averaged, and its ground-truth global attributes. */
  static Table stimuli(SimulatedConfig config, List<Scene> scenes) {
    Table.Builder t = Table.builder("stimuli", "stimulus", "index", "trials", "palette", "texture",
        "shape", "patches");
    for (int i = 0; i < scenes.size(); i++) {
      Scene s = scenes.get(i);
      t.row(SimulatedConfig.imageId(i), i, config.repetitions(), s.palette().label(),
          s.texture().label(), s.shape().label(), s.patches().size());
    }
    return t.build();
  }

  /**
   * One row per early voxel: id, index, RF centre {@code x, y} (fraction of the side from the left and
   * top edges), RF {@code size} (Gaussian σ, fraction of the side), preferred orientation in degrees
   * and fine-scale weight.
   */
  static Table earlyVoxels(EarlyPopulation p) {
    Table.Builder t = Table.builder("voxels", "voxel", "index", "x", "y", "size",
        "orientation_deg", "fine_scale_weight");
    for (int v = 0; v < p.size(); v++) {
      t.row("early-" + v, v, p.x(v), p.y(v), p.rfSize(v), Math.toDegrees(p.orientation(v)),
          p.scaleMix(v));
    }
    return t.build();
  }

  /** One row per late voxel: id and index (late voxels have no receptive field position). */
  static Table lateVoxels(int voxels) {
    Table.Builder t = Table.builder("voxels", "voxel", "index");
    for (int v = 0; v < voxels; v++) {
      t.row("late-" + v, v);
    }
    return t.build();
  }

  static Map<String, Object> manifest(SimulatedConfig c, String subject, Roi roi) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", "simulated");
    m.put("subject", subject);
    m.put("roi", roi.label());
    m.put("options", new TreeMap<>(c.options()));
    m.put("rows", "one per image sim-0000 … in index order; the mean of its " + c.repetitions()
        + " trials");
    m.put("columns", roi.label() + "-0 … " + roi.label() + "-" + (c.voxels() - 1));
    m.put("values", "each voxel's noiseless response standardised over the images (mean 0, "
        + "population sd 1), plus independent Gaussian noise of sd trial_noise_sd per trial, "
        + "averaged over the trials");
    m.put("trial_noise_sd", c.noise());
    m.put("repetitions", c.repetitions());
    m.put("noise_sd_of_mean", c.noise() / Math.sqrt(c.repetitions()));
    m.put("expected_single_trial_reliability", 1 / (1 + c.noise() * c.noise()));
    m.put("expected_mean_reliability", c.repetitions() / (c.repetitions() + c.noise() * c.noise()));
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("images", c.images());
    counts.put("voxels", c.voxels());
    counts.put("subjects", c.subjects());
    m.put("counts", counts);
    m.put("generative_model", generativeModel(roi));
    m.put("random_streams", "MT19937 with numpy RandomState seeding and draws; one stream per image "
        + "(scene), per subject and ROI (tuning) and per subject and ROI (noise), each seeded by "
        + "SplitMix64 of (seed, purpose, indices)");
    m.put("known_answer", roi == Roi.EARLY
        ? "best explained by spatially resolved early-layer features; hurt most by spatial reduction"
        : "best explained by late-layer features; hurt most by channel reduction");
    return m;
  }

  private static Map<String, Object> generativeModel(Roi roi) {
    Map<String, Object> g = new LinkedHashMap<>();
    Map<String, Object> images = new LinkedHashMap<>();
    images.put("palette", List.of("warm", "cool", "green", "grey"));
    images.put("texture", List.of("stripes", "plaid", "noise"));
    images.put("texture_wavelength", List.of(0.05, 0.12));
    images.put("texture_contrast", List.of(0.04, 0.12));
    images.put("shape", List.of("disk", "square", "ring"));
    images.put("patches", List.of(1, 5));
    images.put("patch_radius", List.of(0.07, 0.14));
    images.put("patch_wavelength", List.of(0.04, 0.10));
    images.put("patch_contrast", List.of(0.25, 0.45));
    images.put("units", "lengths are fractions of the image side; ranges are [low, high)");
    g.put("images", images);
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("analysis_size", FilterBank.ANALYSIS);
    filters.put("grid", FilterBank.GRID);
    filters.put("orientations_deg", List.of(0, 45, 90, 135));
    filters.put("wavelengths_fraction", List.of(FilterBank.WAVELENGTH / FilterBank.ANALYSIS,
        2 * FilterBank.WAVELENGTH / FilterBank.ANALYSIS));
    filters.put("gabor_sigma_px", FilterBank.SIGMA);
    filters.put("energy", "even² + odd² of unit-norm quadrature Gabors on luminance");
    g.put("filter_bank", filters);
    if (roi == Roi.EARLY) {
      g.put("voxel", "sqrt(L / (P + 0.005)); L = RF-Gaussian-weighted energy of the voxel's "
          + "channel mix, P = the same mix averaged over the image (divisive normalisation); RF "
          + "centre uniform in [0.08, 0.92]², RF σ uniform in [0.03, 0.07) of the side, orientation "
          + "tuning exp(2 (cos 2Δθ − 1)), scale mix uniform");
    } else {
      g.put("voxel", "softplus(b + W · F); F (37) = configuration (patch count, area, largest and "
          + "mean radius, fine fraction, orientation coherence), shape and texture one-hots, pooled "
          + "log energy per channel, texture×shape conjunctions, pooled spatial variability per "
          + "channel (log sd/mean); W normal with block scales 1.2, 0.5, 0.5, 0.3, 0.3, 0.8; "
          + "b ~ N(0, 0.5²)");
    }
    return g;
  }
}
