package org.brainalign.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.extension.ExtensionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.brainalign.api.fetch.FetchPlan;
import org.brainalign.api.fetch.FetchRequest;
import org.brainalign.api.fetch.Fetchable;
import org.brainalign.engine.plugins.ExtensionRegistry;
import org.brainalign.engine.plugins.PluginHost;
import org.brainalign.fetch.BucketClient;
import org.brainalign.fetch.Fetcher;
import org.brainalign.fetch.FreeSpace;
import org.brainalign.fetch.TermsRecord;
import org.brainalign.study.StudyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brainalign fetch}: downloads what a study or a selection needs of a fetchable dataset. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Download a dataset's files (NSD from its public bucket) in the layout the "
        + "dataset reads: what STUDY.yaml needs (its dataset spec's root and options, subjects, "
        + "ROIs, and the stimuli), or the --subjects, --sessions, --rois and --stimuli given with "
        + "--dataset. Lists every file with its size first; fetches nothing already there and "
        + "verified; resumes an interrupted file; verifies size and the bucket's MD5 (when its ETag "
        + "is one). The dataset's terms of use must be accepted once per root (--accept-terms).",
        "Example: brainalign fetch --dataset nsd:root=/data/nsd --subjects 1-8 --sessions 1-10 "
            + "--rois V1-V4 --stimuli --accept-terms"})
final class FetchCommand extends HostCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "STUDY.yaml",
      description = "Fetch what this study needs.")
  Path study;

  @Option(names = "--dataset", paramLabel = "ID:key=value,...",
      description = "Dataset and options, e.g. nsd:root=DIR,betas=fithrf_GLMdenoise_RR.")
  String dataset;

  @Option(names = "--subjects", paramLabel = "LIST", split = ",",
      description = "Subjects, e.g. 1-8 or 1,3 (default: all).")
  List<String> subjects = new ArrayList<>();

  @Option(names = "--sessions", paramLabel = "LIST",
      description = "Sessions, e.g. 1-10 or 1,3,5-7 (default: the dataset's sessions option).")
  String sessions;

  @Option(names = "--rois", paramLabel = "LIST", split = ",",
      description = "ROIs, e.g. V1-V4,floc-faces:FFA-1 (default: the dataset's standard ROI files).")
  List<String> rois = new ArrayList<>();

  @Option(names = "--stimuli", description = "Also fetch the stimulus images.")
  boolean stimuli;

  @Option(names = "--dry-run", description = "List the files and sizes; download nothing.")
  boolean dryRun;

  @Option(names = "--accept-terms",
      description = "Accept the dataset's terms of use (shown; recorded under the root).")
  boolean acceptTerms;

  @Option(names = "--source", paramLabel = "URL",
      description = "Base URL of the objects (default: the dataset's own, NSD's public bucket).")
  URI source;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (PluginHost plugins = host.loadPlugins()) {
      Selection sel = selection();
      ExtensionSpec chosen = sel.datasetSpec();
      ExtensionProvider<?> provider = plugins.registry().entry(ExtensionKind.DATASET, chosen.id())
          .provider();
      if (!(provider instanceof Fetchable fetchable)) {
        throw InvalidInputException.of("dataset '" + chosen.id() + "'", "a dataset whose plugin "
            + "can download its data", "one that cannot", "Fetchable datasets: "
            + String.join(", ", fetchable(plugins.registry())) + ".");
      }
      Options options = Options.parse(provider.id(), provider.options(), chosen.options());
      FetchPlan plan = fetchable.plan(options, sel.request());
      BucketClient client = new BucketClient(source == null ? plan.source() : source);
      if (!dryRun && !TermsRecord.accepted(plan.root(), provider.id())) {
        out.println("Terms of use of '" + provider.id() + "':");
        out.println(plan.terms());
        out.println();
        out.flush();
      }
      Fetcher fetcher = new Fetcher(client, FreeSpace.fileStore(), out);
      if (!dryRun) {
        TermsRecord.require(plan.root(), provider.id(), plan.terms(), acceptTerms);
      }
      List<Fetcher.Item> items = fetcher.list(plan, dryRun);
      fetcher.print(plan, items);
      if (dryRun) {
        out.println("--dry-run: nothing downloaded.");
        out.flush();
        return ExitCodes.OK;
      }
      fetcher.checkDisk(plan.root(), items);
      fetcher.download(plan.root(), items, host.context(spec.commandLine().getErr()));
      out.println("done: every listed file is in " + plan.root() + " and verified.");
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** The dataset spec and request from STUDY.yaml or from the options. */
  private Selection selection() {
    if ((study == null) == (dataset == null)) {
      throw InvalidInputException.of("brainalign fetch", "either STUDY.yaml or --dataset",
          study == null ? "neither" : "both", "Write brainalign fetch study.yaml, or brainalign "
              + "fetch --dataset nsd:root=DIR --subjects 1-8.");
    }
    if (study == null) {
      return new Selection(ExtensionSpec.parse(dataset), new FetchRequest(subjects.isEmpty()
          ? List.of("all") : expand(subjects), Optional.ofNullable(sessions), rois.isEmpty()
          ? List.of("all") : rois, stimuli));
    }
    if (!subjects.isEmpty() || !rois.isEmpty() || sessions != null || stimuli) {
      throw InvalidInputException.of("brainalign fetch " + study, "no --subjects, --sessions, "
          + "--rois or --stimuli with a study (the study says which)", "some", "Edit the study's "
          + "dataset part, or use --dataset instead of the study.");
    }
    StudyFile s = StudyFile.read(study);
    return new Selection(s.dataset().spec(), new FetchRequest(s.dataset().subjects(),
        Optional.empty(), s.dataset().rois(), true));
  }

  private record Selection(ExtensionSpec datasetSpec, FetchRequest request) {}

  /** {@code 1-3} → 1, 2, 3; anything else as given. */
  static List<String> expand(List<String> items) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      String s = item.strip();
      if (s.matches("\\d+-\\d+")) {
        int from = Integer.parseInt(s.substring(0, s.indexOf('-')));
        int to = Integer.parseInt(s.substring(s.indexOf('-') + 1));
        if (to < from || to - from > 10_000) {
          throw InvalidInputException.of("--subjects " + s, "a range FIRST-LAST with FIRST <= LAST",
              s, "Write e.g. 1-8.");
        }
        for (int i = from; i <= to; i++) {
          out.add(Integer.toString(i));
        }
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static List<String> fetchable(ExtensionRegistry registry) {
    List<String> ids = new ArrayList<>();
    for (ExtensionRegistry.Entry e : registry.all()) {
      if (e.kind() == ExtensionKind.DATASET && e.provider() instanceof Fetchable) {
        ids.add(e.provider().id());
      }
    }
    return ids.isEmpty() ? List.of("(none installed)") : ids;
  }
}
