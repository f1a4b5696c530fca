package org.brainalign.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;
import org.brainalign.study.StudyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code brainalign demo}: ResNet50 against the surrogate dataset, whose ROIs are noisy readouts of
 * the same network ({@code early}: local windows of layer1, {@code late}: pooled layer4), so the
 * paper's Figures 1B, 2 and 3 have a known answer whatever the weights. About a minute on 2 cores.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the built-in demo study: ResNet50 against the surrogate dataset (ROIs read "
        + "out from the same network: 'early' from small windows of layer1, 'late' from pooled "
        + "layer4), layer by layer and under channel and spatial projections.",
        "Uses ImageNet weights when they are cached, otherwise seeded random weights (said loudly)."})
final class DemoCommand extends HostCommand {
  static final String RESOURCE = "/org/brainalign/study/demo.yaml";
  /** The surrogate dataset's ranges of its seed and voxels options, which these options fill. */
  static final long MAX_SEED = (1L << 32) - 1;
  static final int MAX_VOXELS = 10_000;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/demo",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--weights", paramLabel = "auto|imagenet|random:SEED", defaultValue = "auto",
      description = "ResNet50 weights: auto (ImageNet if cached, else random:0), imagenet, "
          + "random:SEED.")
  String weights;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
      description = "Seed of the surrogate dataset: images, channel mixtures, voxels, noise "
          + "(default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--voxels", paramLabel = "N", defaultValue = "250",
      description = "Voxels per surrogate ROI (default: ${DEFAULT-VALUE}).")
  int voxels;

  @Option(names = "--dry-run", description = "Print the plan only.")
  boolean dryRun;

  @Override
  public Integer call() {
    // Checked here, so that the message names the demo's options, not the surrogate's.
    if (seed < 0 || seed > MAX_SEED) {
      throw InvalidInputException.of("--seed " + seed, "a seed from 0 to " + MAX_SEED
          + " (2^32 - 1)", Long.toString(seed), "Give e.g. --seed 0 (the default) or --seed 7.");
    }
    if (voxels < 1 || voxels > MAX_VOXELS) {
      throw InvalidInputException.of("--voxels " + voxels, "1 to " + MAX_VOXELS + " voxels per ROI",
          Integer.toString(voxels), "Give e.g. --voxels 250 (the default).");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    String w = weights.equals("auto") ? (imagenetCached() ? "imagenet" : "random:0") : weights;
    if (w.startsWith("random")) {
      stdout.println("NOTE: ImageNet ResNet50 weights are not cached ("
          + imagenetFile() + "), so the demo uses RANDOM weights (" + w + "). The surrogate ROIs "
          + "are read out from this same random network, so the layer preferences and the "
          + "channel/spatial dissociation still have a known answer; what they say about trained "
          + "networks and real cortex needs trained weights. Put the torchvision IMAGENET1K_V1 "
          + "safetensors there, or run with network access and --weights imagenet.");
      stdout.flush();
    }
    String text = template().replace("${weights}", w).replace("${seed}", Long.toString(seed))
        .replace("${voxels}", Integer.toString(voxels));
    RunCommand run = new RunCommand();
    run.host = host;
    run.spec = spec;
    run.folders.out = out;
    run.dryRun = dryRun;
    return run.run(StudyFile.parse(text, "built-in demo study"));
  }

  static String template() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Where the resnet50 plugin caches ImageNet weights ($BRAINALIGN_CACHE_DIR or ~/.cache/brainalign). */
  static Path imagenetFile() {
    String dir = System.getenv("BRAINALIGN_CACHE_DIR");
    Path root = dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache",
        "brainalign");
    return root.resolve("weights").resolve("resnet50.tv_in1k.safetensors");
  }

  private static boolean imagenetCached() {
    return Files.isRegularFile(imagenetFile());
  }
}
