package org.brainalign.plugins.nsd.roi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.plugins.nsd.NsdLayout;

/**
 * The ROI names one subject's NSD folder offers, and their resolution to a file and label values.
 *
 * <p>Names (optionally prefixed {@code lh.} or {@code rh.} for one hemisphere):
 * <ul>
 *   <li>{@code prf-visualrois} labels {@code V1v V1d V2v V2d V3v V3d hV4} (values 1–7), the unions
 *       {@code V1} (1, 2), {@code V2} (3, 4), {@code V3} (5, 6) and {@code V1-V4} (1–7);
 *   <li>{@code streams} labels {@code early midventral midlateral midparietal ventral lateral
 *       parietal} (1–7), with {@code high-level-ventral} an alias of {@code ventral};
 *   <li>{@code nsdgeneral} (value 1);
 *   <li>{@code FILE:LABEL} for any {@code roi/FILE.nii.gz}, LABEL a name from
 *       {@code FILE.mgz.ctab} or a label value; several joined by {@code +}
 *       ({@code floc-faces:FFA-1+FFA-2}).
 * </ul>
 * Label values of the named ROIs are fixed by the NSD data manual, so they need no {@code .ctab}.
 */
public final class RoiCatalog {
  private static final Map<String, Named> NAMED = new LinkedHashMap<>();

  static {
    String[] prf = {"V1v", "V1d", "V2v", "V2d", "V3v", "V3d", "hV4"};
    for (int v = 1; v <= prf.length; v++) {
      NAMED.put(prf[v - 1], new Named("prf-visualrois", List.of(v)));
    }
    NAMED.put("V1", new Named("prf-visualrois", List.of(1, 2)));
    NAMED.put("V2", new Named("prf-visualrois", List.of(3, 4)));
    NAMED.put("V3", new Named("prf-visualrois", List.of(5, 6)));
    NAMED.put("V1-V4", new Named("prf-visualrois", List.of(1, 2, 3, 4, 5, 6, 7)));
    String[] streams = {"early", "midventral", "midlateral", "midparietal", "ventral", "lateral",
        "parietal"};
    for (int v = 1; v <= streams.length; v++) {
      NAMED.put(streams[v - 1], new Named("streams", List.of(v)));
    }
    NAMED.put("high-level-ventral", new Named("streams", List.of(5)));
    NAMED.put("nsdgeneral", new Named("nsdgeneral", List.of(1)));
  }

  private record Named(String family, List<Integer> labels) {}

  private final NsdLayout layout;
  private final String subject;

  /**
   * The ROI family (file stem) a named ROI reads, without looking at the disk.
   *
   * @param name a named ROI without hemisphere prefix, e.g. {@code V1-V4}
   * @return e.g. {@code prf-visualrois}; empty when {@code name} is not a named ROI
   */
  public static Optional<String> familyOf(String name) {
    return Optional.ofNullable(NAMED.get(name)).map(Named::family);
  }

  /** The families the named ROIs read: {@code prf-visualrois}, {@code streams}, {@code nsdgeneral}. */
  public static List<String> namedFamilies() {
    return NAMED.values().stream().map(Named::family).distinct().toList();
  }

  public RoiCatalog(NsdLayout layout, String subject) {
    this.layout = layout;
    this.subject = subject;
  }

  /**
   * Every ROI name that resolves for this subject: the named ROIs whose family file exists, then
   * {@code FILE:LABEL} for the other families that have a {@code .ctab}, then the {@code lh.} and
   * {@code rh.} forms where the hemisphere files exist.
   */
  public List<String> names() {
    Path dir = layout.roiDir(subject);
    TreeSet<String> families = families(dir);
    List<String> both = new ArrayList<>();
    for (Map.Entry<String, Named> e : NAMED.entrySet()) {
      if (families.contains(e.getValue().family())) {
        both.add(e.getKey());
      }
    }
    for (String family : families) {
      if (isNamedFamily(family)) {
        continue;
      }
      Path ctab = layout.labelTable(subject, family);
      if (Files.isRegularFile(ctab)) {
        LabelTable.read(ctab).names().forEach((v, n) -> {
          if (v > 0) {
            both.add(family + ":" + n);
          }
        });
      }
    }
    List<String> out = new ArrayList<>(both);
    for (Hemisphere h : List.of(Hemisphere.LEFT, Hemisphere.RIGHT)) {
      for (String name : both) {
        String family = name.contains(":") ? name.substring(0, name.indexOf(':'))
            : NAMED.get(name).family();
        if (Files.isRegularFile(dir.resolve(h.fileName(family)))) {
          out.add(h.prefix() + name);
        }
      }
    }
    return out;
  }

  /**
   * Resolves an ROI name.
   *
   * @throws InvalidInputException for an unknown name, file or label, listing the known ones
   */
  public RoiSelection resolve(String roi) {
    Hemisphere hemi = Hemisphere.BOTH;
    String body = roi;
    for (Hemisphere h : List.of(Hemisphere.LEFT, Hemisphere.RIGHT)) {
      if (roi.startsWith(h.prefix())) {
        hemi = h;
        body = roi.substring(h.prefix().length());
      }
    }
    int colon = body.indexOf(':');
    if (colon > 0) {
      return resolveFileLabel(roi, body.substring(0, colon), body.substring(colon + 1), hemi);
    }
    Named named = NAMED.get(body);
    if (named == null) {
      throw InvalidInputException.of("ROI '" + roi + "' of " + subject,
          "a known ROI name or FILE:LABEL for a file in " + layout.roiDir(subject),
          "no such name", "Known ROIs: " + String.join(", ", names()) + ".");
    }
    List<String> labelNames = new ArrayList<>();
    for (int v : named.labels()) {
      labelNames.add(nameOf(named.family(), v));
    }
    return new RoiSelection(roi, named.family(), hemi, named.labels(), labelNames);
  }

  private RoiSelection resolveFileLabel(String roi, String family, String labels, Hemisphere hemi) {
    Path dir = layout.roiDir(subject);
    TreeSet<String> families = families(dir);
    if (!families.contains(family)) {
      throw InvalidInputException.of("ROI '" + roi + "' of " + subject,
          "FILE:LABEL with FILE.nii.gz in " + dir, "no file " + family + ".nii.gz",
          "ROI files there: " + (families.isEmpty() ? "(none)" : String.join(", ", families))
              + ".");
    }
    Path ctabFile = layout.labelTable(subject, family);
    LabelTable ctab = Files.isRegularFile(ctabFile) ? LabelTable.read(ctabFile) : null;
    List<Integer> values = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String label : labels.split("\\+")) {
      int value = ctab == null ? -1 : ctab.valueOf(label);
      if (value < 0 && label.matches("\\d+")) {
        value = Integer.parseInt(label);
      }
      if (value < 1) {
        String known = ctab == null ? "no " + layout.relative(ctabFile) + ", so give label values "
            + "(whole numbers from 1)" : "labels of " + family + ": " + String.join(", ",
            ctab.names().entrySet().stream().filter(e -> e.getKey() > 0)
                .map(e -> e.getValue() + " (" + e.getKey() + ")").toList());
        throw InvalidInputException.of("ROI '" + roi + "' of " + subject,
            "a label name or value of at least 1", "'" + label + "'", "Known " + known + ".");
      }
      values.add(value);
      names.add(ctab != null && ctab.names().containsKey(value) ? ctab.names().get(value)
          : Integer.toString(value));
    }
    return new RoiSelection(roi, family, hemi, values, names);
  }

  private String nameOf(String family, int value) {
    for (Map.Entry<String, Named> e : NAMED.entrySet()) {
      if (e.getValue().family().equals(family) && e.getValue().labels().equals(List.of(value))) {
        return e.getKey();
      }
    }
    return Integer.toString(value);
  }

  private static boolean isNamedFamily(String family) {
    return NAMED.values().stream().anyMatch(n -> n.family().equals(family));
  }

  /** Stems of the both-hemisphere ROI files ({@code X.nii.gz}, not {@code lh.X}/{@code rh.X}). */
  private static TreeSet<String> families(Path dir) {
    TreeSet<String> out = new TreeSet<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".nii.gz"))
          .filter(n -> !n.startsWith("lh.") && !n.startsWith("rh."))
          .forEach(n -> out.add(n.substring(0, n.length() - ".nii.gz".length())));
    } catch (IOException e) {
      throw new DataFormatException(dir, "cannot list the ROI folder: " + e, e);
    }
    return out;
  }
}
