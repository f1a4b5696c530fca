package org.brainalign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.model.LayerInfo;
import org.brainalign.api.model.VisionModel;
import org.brainalign.api.reducer.FittedReducer;
import org.brainalign.api.reducer.Reducer;
import org.brainalign.api.reducer.ReducerInput;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.Versions;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.engine.plugins.ExtensionRegistry;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.features.Extraction;
import org.brainalign.features.FeatureFolderWriter;
import org.brainalign.features.ImageFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brainalign features}: layer activations of a folder of images, as a feature store. */
@Command(name = "features", mixinStandardHelpOptions = true,
    description = {"Run a vision model over a folder of images and store layer activations.",
        "Writes OUT/<layer>.npy (one row per image in file-name order, columns = the activation "
            + "flattened in (C, H, W) order, or the reducer's output), OUT/stimuli.csv and, last, "
            + "OUT/manifest.json. Files are written batch by batch: memory stays bounded.",
        "An interrupted run (killed, out of power) resumes from its last finished batch when run "
            + "again with the same model, images, layers, reducer and dtype; --force starts over."})
final class FeaturesCommand extends HostCommand {

  @Option(names = "--model", required = true, paramLabel = "ID[:key=value,...]",
      description = "Model and options, e.g. resnet50 or resnet50:weights=random:0,batch=32.")
  String model;

  @Option(names = "--images", required = true, paramLabel = "DIR",
      description = "Folder of PNG, JPEG, BMP, GIF, TIFF or WebP stimuli, read in file-name order; "
          + "every file must be an image (hidden dot-files and subfolders are ignored).")
  Path images;

  @Option(names = "--layers", required = true, split = ",", paramLabel = "LAYER",
      description = "Layer names, globs (layer3.*) or 'all', comma-separated; "
          + "'brainalign layers --model ID' lists them.")
  List<String> layers;

  @Option(names = "--reducer", paramLabel = "ID[:key=value,...]",
      description = "Reduce each layer before storing, e.g. sparse-random-projection:axis=channel,dim=256.")
  String reducer;

  @Option(names = "--dtype", defaultValue = "float32", paramLabel = "float32|float16",
      description = "Element type of the .npy files (default: ${DEFAULT-VALUE}).")
  String dtype;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--force", description = "Overwrite a feature store already in the output folder; "
      + "never resume an interrupted one.")
  boolean force;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    OutputFolder.requireFolder("--out", out);
    NpyDtype type = switch (dtype) {
      case "float32" -> NpyDtype.FLOAT32;
      case "float16" -> NpyDtype.FLOAT16;
      default -> throw InvalidInputException.of("--dtype", "float32 or float16", "'" + dtype + "'",
          "float16 halves the files; float32 keeps every bit the model computed.");
    };
    RunContext context = host.context(spec.commandLine().getErr());
    ImageFolder folder = ImageFolder.open(images);
    folder.decodingWarning().ifPresent(w -> {
      spec.commandLine().getErr().println("warning: " + w);
      spec.commandLine().getErr().flush();
    });
    // Checked options first: a refused command leaves no folder behind.
    try (OutputLock lock = OutputLock.acquire(out, "brainalign features --out " + out)) {
      return extract(start, type, context, folder);
    }
  }

  private Integer extract(long start, NpyDtype type, RunContext context, ImageFolder folder) {
    Path manifest = out.resolve(FeatureFolderWriter.MANIFEST);
    OutputFolder.requireFresh(out, manifest, "a feature store", force);
    List<Path> previous = PreviousOutputs.of(out, manifest, FeatureFolderWriter.FILES, ".npy");
    try (PluginHost plugins = host.loadPlugins()) {
      ExtensionRegistry.Resolved<VisionModel> m =
          plugins.registry().create(ExtensionKind.MODEL, model);
      try (VisionModel vision = m.extension()) {
        List<LayerInfo> chosen = LayerNames.resolve(vision.layers(), layers);
        Map<String, FittedReducer> reducers = new LinkedHashMap<>();
        ExtensionRegistry.Resolved<Reducer> r = null;
        if (reducer != null) {
          r = plugins.registry().create(ExtensionKind.REDUCER, reducer);
          for (LayerInfo l : chosen) {
            reducers.put(l.name(), r.extension().fit(new ReducerInput(l.name(), l.shape(), folder.size())));
          }
        }
        String definition = definition(m, r, vision, folder, chosen, reducers);
        deleteStale(manifest);
        PreviousOutputs.delete(previous); // --force: no layer of the earlier store stays
        PrintWriter stderr = spec.commandLine().getErr();
        try (FeatureFolderWriter store = force
            ? FeatureFolderWriter.create(out, chosen, reducers, folder.size(), type, definition)
            : FeatureFolderWriter.resume(out, chosen, reducers, folder.size(), type, definition,
                Long.MAX_VALUE, stderr)) {
          long first = store.rows();
          if (first > 0) {
            stderr.printf("resuming at image %d of %d (the rows before it were kept from an "
                + "interrupted run; --force starts over)%n", first, folder.size());
            stderr.flush();
          }
          long loaded = System.nanoTime();
          Extraction.run(vision, folder, first, chosen.stream().map(LayerInfo::name).toList(), store,
              context);
          long done = System.nanoTime();
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("model", m.options().toString());
          doc.put("model_id", m.entry().provider().id());
          doc.put("plugin", Ordered.map("id", m.entry().pluginId(), "version", m.entry().pluginVersion()));
          doc.put("provenance", vision.provenance());
          doc.put("images", Ordered.map("folder", folder.dir().toAbsolutePath().toString(),
              "count", folder.size(), "stimuli", FeatureFolderWriter.STIMULI));
          doc.put("dtype", dtype);
          doc.put("layers", store.describeLayers());
          doc.put("reducer", r == null ? null : r.options().toString());
          doc.put("versions", Versions.all());
          doc.put("threads", context.threads());
          doc.put("timings", Ordered.map("load_seconds", (loaded - start) / 1e9,
              "extract_seconds", (done - loaded) / 1e9,
              "images_per_second", (folder.size() - first) / Math.max(1e-9, (done - loaded) / 1e9),
              "resumed_at_image", first));
          store.commit(folder, doc);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%d images × %d layers → %s%n", folder.size(), chosen.size(),
            out.resolve(FeatureFolderWriter.MANIFEST));
        stdout.flush();
      }
    }
    return ExitCodes.OK;
  }

  /**
   * SHA-256 of everything that defines the files' bytes: model with options, plugin and provenance
   * (weights digest, preprocessing, batch), the images (names and sizes), the layers with their
   * shapes and fitted reducers, the dtype and the versions. A partial store is resumed only when
   * its progress record holds the same digest.
   */
  private String definition(ExtensionRegistry.Resolved<VisionModel> m,
      ExtensionRegistry.Resolved<Reducer> r, VisionModel vision, ImageFolder folder,
      List<LayerInfo> chosen, Map<String, FittedReducer> reducers) {
    Map<String, Object> layerDefs = new LinkedHashMap<>();
    for (LayerInfo l : chosen) {
      FittedReducer f = reducers.get(l.name());
      layerDefs.put(l.name(), Ordered.map("shape", java.util.Arrays.toString(l.shape()),
          "reducer", f == null ? "none" : f.provenance()));
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("model", m.options().toString());
    d.put("model_id", m.entry().provider().id());
    d.put("plugin", Ordered.map("id", m.entry().pluginId(), "version", m.entry().pluginVersion()));
    d.put("provenance", vision.provenance());
    d.put("images", Ordered.map("count", folder.size(), "sha256", folder.fingerprint()));
    d.put("layers", layerDefs);
    d.put("reducer", r == null ? "none" : r.options().toString());
    d.put("dtype", dtype);
    d.put("versions", Versions.all());
    return FeatureFolderWriter.definitionDigest(d);
  }

  private static void deleteStale(Path manifest) {
    try {
      Files.deleteIfExists(manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + manifest, e);
    }
  }
}
