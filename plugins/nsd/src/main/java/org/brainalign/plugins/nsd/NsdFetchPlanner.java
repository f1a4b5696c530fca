package org.brainalign.plugins.nsd;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.Options;
import org.brainalign.api.fetch.FetchPlan;
import org.brainalign.api.fetch.FetchRequest;
import org.brainalign.api.fetch.RemoteFile;
import org.brainalign.plugins.nsd.roi.RoiCatalog;

/**
 * The NSD files a selection needs, keyed as in NSD's public bucket (whose layout is the one
 * {@link NsdLayout} reads, so a key is also the file's path under the root): the design file; per
 * subject the ROI volumes (and the label table of a {@code FILE:LABEL} ROI), the
 * {@code betas_sessionNN.hdf5} of the chosen beta version and sessions, and {@code ncsnr.nii.gz}
 * when {@code ncsnr-min} is set; the stimulus HDF5 when asked.
 */
final class NsdFetchPlanner {
  /** NSD's public bucket, virtual-host style over HTTPS (NSD data manual, "How to get the data"). */
  static final URI SOURCE = URI.create("https://natural-scenes-dataset.s3.amazonaws.com/");
  /** Sessions completed by subjects 1–8 (NSD data manual, "Technical notes"). */
  static final int[] SESSIONS = {40, 40, 32, 30, 40, 32, 40, 30};
  static final String TERMS = """
      The Natural Scenes Dataset (Allen et al. 2022, Nature Neuroscience 25:116-126) is shared under
      the NSD Terms and Conditions, published with the NSD Data Manual (https://naturalscenesdataset.org).
      Read them there before downloading. By accepting, you confirm that you have read and agree to
      them, including citing Allen et al. 2022 in work that uses the data.""";

  private NsdFetchPlanner() {}

  static FetchPlan plan(Options options, FetchRequest request) {
    Path root = options.get(NsdConfig.ROOT).toAbsolutePath().normalize();
    String betas = options.get(NsdConfig.BETAS).id();
    SessionSelection sessions = SessionSelection.parse(
        request.sessions().orElse(options.get(NsdConfig.SESSIONS)));
    boolean ncsnr = NsdConfig.parseNcsnrMin(options.get(NsdConfig.NCSNR_MIN)).isPresent();
    NsdLayout layout = new NsdLayout(Path.of(""));
    Set<String> keys = new LinkedHashSet<>();
    Path design = Path.of(options.get(NsdConfig.DESIGN));
    if (!design.isAbsolute()) {
      keys.add(key(layout.designDir().resolve(design)));
    }
    for (int s : subjects(request.subjects())) {
      String subj = String.format("subj%02d", s);
      for (String roi : request.rois()) {
        roiFiles(layout, subj, roi).forEach(p -> keys.add(key(p)));
      }
      for (int n : sessions(sessions, s)) {
        keys.add(key(layout.betasSession(subj, betas, n)));
      }
      if (ncsnr) {
        keys.add(key(layout.ncsnr(subj, betas)));
      }
    }
    if (request.stimuli()) {
      keys.add(key(layout.stimuli()));
    }
    List<RemoteFile> files = new ArrayList<>();
    keys.forEach(k -> files.add(new RemoteFile(k, Path.of(k))));
    return new FetchPlan(root, SOURCE, TERMS, files);
  }

  /** Subject numbers 1–8 from {@code all}, {@code 1}, {@code 01}, {@code subj1}, {@code subj01}. */
  static TreeSet<Integer> subjects(List<String> asked) {
    TreeSet<Integer> out = new TreeSet<>();
    for (String a : asked) {
      String s = a.strip();
      if (s.equals("all")) {
        for (int i = 1; i <= SESSIONS.length; i++) {
          out.add(i);
        }
        continue;
      }
      String digits = s.startsWith("subj") ? s.substring(4) : s;
      int n = digits.matches("\\d{1,2}") ? Integer.parseInt(digits) : -1;
      if (n < 1 || n > SESSIONS.length) {
        throw InvalidInputException.of("subject '" + a + "'", "an NSD subject, 1 to 8 "
            + "(subj01 to subj08)", "no such subject in NSD", "Write e.g. --subjects 1-8 or 1,2.");
      }
      out.add(n);
    }
    return out;
  }

  private static List<Integer> sessions(SessionSelection sessions, int subject) {
    int have = SESSIONS[subject - 1];
    List<Integer> out = new ArrayList<>();
    if (sessions.all()) {
      for (int n = 1; n <= have; n++) {
        out.add(n);
      }
      return out;
    }
    for (int n : sessions.numbers()) {
      if (n > have) {
        throw InvalidInputException.of(String.format("session %d of subj%02d", n, subject),
            "a session NSD has: subj" + String.format("%02d", subject) + " completed sessions 1 to "
                + have + " (subjects 1-8: 40, 40, 32, 30, 40, 32, 40, 30)", "session " + n,
            "Ask for sessions within 1-" + have + " (--sessions 1-" + have + "), or fetch that "
                + "subject separately.");
      }
      out.add(n);
    }
    return out;
  }

  /** The ROI volume of {@code roi} and, for {@code FILE:LABEL}, the family's label table. */
  private static List<Path> roiFiles(NsdLayout layout, String subj, String roi) {
    Path dir = layout.roiDir(subj);
    if (roi.equals("all")) {
      return RoiCatalog.namedFamilies().stream().map(f -> dir.resolve(f + ".nii.gz")).toList();
    }
    String prefix = roi.startsWith("lh.") ? "lh." : roi.startsWith("rh.") ? "rh." : "";
    String body = roi.substring(prefix.length());
    int colon = body.indexOf(':');
    if (colon > 0) {
      String family = body.substring(0, colon);
      return List.of(dir.resolve(prefix + family + ".nii.gz"), layout.labelTable(subj, family));
    }
    Optional<String> family = RoiCatalog.familyOf(body);
    if (family.isEmpty()) {
      throw InvalidInputException.of("ROI '" + roi + "'", "an NSD ROI name (V1v V1d V2v V2d V3v "
          + "V3d hV4 V1 V2 V3 V1-V4, early midventral midlateral midparietal ventral lateral "
          + "parietal high-level-ventral, nsdgeneral; lh./rh. for one hemisphere) or FILE:LABEL",
          "no such name", "Write e.g. --rois V1-V4,floc-faces:FFA-1.");
    }
    return List.of(dir.resolve(prefix + family.get() + ".nii.gz"));
  }

  private static String key(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
