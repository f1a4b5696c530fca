package org.brainalign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.matrix.Matrix;
import org.brainalign.api.run.RunContext;
import org.brainalign.engine.Versions;
import org.brainalign.formats.csv.TableWriter;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.formats.npy.NpyDtype;
import org.brainalign.formats.npy.NpyWriter;
import org.brainalign.engine.plugins.ExtensionRegistry;
import org.brainalign.engine.plugins.PluginHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brainalign responses}: one subject's responses in one ROI, as files numpy reads. */
@Command(name = "responses", mixinStandardHelpOptions = true,
    description = {"Write a brain dataset's responses for one subject and ROI: OUT/responses.npy "
        + "(float32, stimuli × voxels), OUT/stimuli.csv, OUT/voxels.csv and OUT/manifest.json "
        + "(written last: its presence marks a complete folder).",
        "Example: brainalign responses --dataset nsd:root=/data/nsd,sessions=1-10 --subject 1 "
            + "--roi V1-V4 --out v1v4"})
final class ResponsesCommand extends HostCommand {

  @Option(names = "--dataset", required = true, paramLabel = "ID[:key=value,...]",
      description = "Dataset and options, e.g. nsd:root=DIR,betas=fithrf_GLMdenoise_RR.")
  String dataset;

  @Option(names = "--subject", required = true, paramLabel = "S", description = "Subject, e.g. 1.")
  String subject;

  @Option(names = "--roi", required = true, paramLabel = "NAME", description = "Region of interest.")
  String roi;

  @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output folder.")
  Path out;

  @Option(names = "--force", description = "Overwrite a complete output folder.")
  boolean force;

  @Override
  public Integer call() {
    Path manifest = out.resolve("manifest.json");
    OutputFolder.requireFresh(out, manifest, "responses", force);
    try (PluginHost plugins = host.loadPlugins()) {
      ExtensionRegistry.Resolved<BrainDataset> ds =
          plugins.registry().create(ExtensionKind.DATASET, dataset);
      try (BrainDataset d = ds.extension()) {
        RunContext context = host.studyContext(spec.commandLine().getErr(), plugins.registry());
        Responses r = d.responses(subject, roi, context);
        Files.deleteIfExists(manifest);
        Matrix m = r.data().data();
        try (NpyWriter w = NpyWriter.create(out.resolve("responses.npy"), NpyDtype.FLOAT32,
            m.rows(), m.columns())) {
          float[] row = new float[m.columns()];
          for (int i = 0; i < m.rows(); i++) {
            m.readRows(i, i + 1, row);
            w.appendRows(row, 1);
          }
          w.commit();
        }
        TableWriter.write(r.stimuli(), out.resolve("stimuli.csv"));
        TableWriter.write(r.voxels(), out.resolve("voxels.csv"));
        Map<String, Object> man = new LinkedHashMap<>();
        man.put("dataset", ds.options().toString());
        man.put("subject", subject);
        man.put("roi", roi);
        man.put("rows", m.rows());
        man.put("columns", m.columns());
        man.put("dataset_manifest", r.manifest());
        man.put("versions", Versions.all());
        JsonFiles.write(manifest, man);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%s %s %s: %d stimuli × %d voxels (%s)%n", ds.entry().provider().id(),
            subject, roi, m.rows(), m.columns(), out.resolve("responses.npy"));
        stdout.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out, e);
      }
    }
    return ExitCodes.OK;
  }
}
