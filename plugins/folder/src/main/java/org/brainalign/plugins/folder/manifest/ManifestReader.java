package org.brainalign.plugins.folder.manifest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.brainalign.formats.csv.CsvHeader;
import org.brainalign.support.text.Nearest;

/**
 * Reads {@code dataset.yaml}. Every key is checked: an unknown one is an error naming its line and
 * column and the nearest valid key; a missing one names what is expected.
 *
 * <pre>
 * stimuli: images                # a folder; id = file name without extension
 * # or: stimuli: {images: stimuli.h5:/images, ids: stimuli.h5:/ids}
 * subjects:
 *   S1:
 *     responses: S1/betas.npy      # .npy, .csv or FILE.h5:/dataset, (rows × voxels)
 *     responses-header: false      # optional, .csv only: whether its first line names the columns
 *     rows: S1/trials.csv          # column stimulus, optional session
 *     voxels: S1/voxels.csv        # column roi, or 0/1 columns, one line per voxel
 *     rois: [V1, V2]               # optional: the ROIs to offer
 *     roi-volume: S1/rois.nii.gz   # optional: a label volume; voxels.csv then has i, j, k
 *     roi-names: {1: V1, 2: V2}    # optional: names of its labels
 * </pre>
 */
public final class ManifestReader {
  static final List<String> TOP_KEYS = List.of("stimuli", "subjects", "description");
  static final List<String> STIMULI_KEYS = List.of("images", "ids");
  static final List<String> SUBJECT_KEYS = List.of("responses", "responses-header", "rows",
      "voxels", "rois", "roi-volume", "roi-names");

  private final Path file;

  private ManifestReader(Path file) {
    this.file = file;
  }

  /**
   * @throws DataFormatException naming the line and column of the first problem
   * @throws InvalidInputException when the file is missing
   */
  public static DatasetManifest read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(file.toString(), "a dataset.yaml describing the stimuli and "
          + "the subjects' response files", Files.isDirectory(file) ? "a folder" : "no such file",
          "Write one (see the README section \"Your own data\") or point root= at its folder.");
    }
    Node root;
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(1 << 20);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(options).compose(in);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      throw new DataFormatException(file, (m == null ? "" : "line " + (m.getLine() + 1)
          + ", column " + (m.getColumn() + 1) + ": ") + "not valid YAML (" + e.getProblem()
          + "). Check the indentation and quoting there.");
    } catch (YAMLException | IOException e) {
      throw new DataFormatException(file, "cannot read as YAML: " + e.getMessage(), e);
    }
    return new ManifestReader(file).manifest(root);
  }

  private DatasetManifest manifest(Node root) {
    if (root == null) {
      throw new DataFormatException(file, "is empty; expected the keys stimuli: and subjects:");
    }
    Map<String, Node> top = mapping(root, "the top level", TOP_KEYS);
    StimuliSpec stimuli = stimuli(require(top, "stimuli", root, "the top level"));
    Node subjectsNode = require(top, "subjects", root, "the top level");
    if (!(subjectsNode instanceof MappingNode sm) || sm.getValue().isEmpty()) {
      throw error(subjectsNode, "subjects: expected a mapping of subject ids to their files "
          + "(S1: {responses: ..., rows: ..., voxels: ...}), found " + describe(subjectsNode)
          + (subjectsNode instanceof MappingNode ? "; name at least one subject" : ""));
    }
    Map<String, SubjectSpec> subjects = new LinkedHashMap<>();
    for (NodeTuple t : sm.getValue()) {
      String name = scalar(t.getKeyNode(), "a subject id");
      if (subjects.containsKey(name)) {
        throw error(t.getKeyNode(), "subject '" + name + "' is listed twice; give each subject once");
      }
      subjects.put(name, subject(name, t.getKeyNode(), t.getValueNode()));
    }
    return new DatasetManifest(file, stimuli, subjects);
  }

  private StimuliSpec stimuli(Node n) {
    if (n instanceof ScalarNode) {
      return new StimuliSpec(resolve(scalar(n, "an image folder")), null, null);
    }
    Map<String, Node> m = mapping(n, "stimuli:", STIMULI_KEYS);
    String images = scalar(require(m, "images", n, "stimuli:"), "FILE.h5:/dataset");
    String ids = scalar(require(m, "ids", n, "stimuli:"), "FILE.h5:/dataset or a text file");
    if (!images.matches("(?i).+\\.(h5|hdf5|hdf):/.*")) {
      throw error(m.get("images"), "stimuli: images: expected an HDF5 image array as "
          + "FILE.h5:/dataset (n × height × width × 3, uint8), found '" + images + "'. For a "
          + "folder of image files write stimuli: FOLDER");
    }
    return new StimuliSpec(null, images, ids);
  }

  private SubjectSpec subject(String name, Node key, Node value) {
    String where = "subject '" + name + "'";
    Map<String, Node> m = mapping(value, where, SUBJECT_KEYS);
    String responses = scalar(require(m, "responses", value, where), "a matrix file");
    CsvHeader header = CsvHeader.UNSTATED;
    Node h = m.get("responses-header");
    if (h != null) {
      String v = scalar(h, "true or false");
      if (!v.equals("true") && !v.equals("false")) {
        throw error(h, where + ": responses-header: expected true (the first line of the .csv "
            + "names the columns) or false (every line is a response row), found '" + v + "'");
      }
      if (!responses.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
        throw error(h, where + ": responses-header: expected with a .csv response matrix (it says "
            + "whether the first line names the columns), found responses: " + responses
            + ". Remove the key");
      }
      header = CsvHeader.parse(v, "responses-header");
    }
    Path rows = resolve(scalar(require(m, "rows", value, where), "a CSV file"));
    Path voxels = resolve(scalar(require(m, "voxels", value, where), "a CSV file"));
    List<String> rois = new ArrayList<>();
    Node r = m.get("rois");
    if (r != null) {
      if (!(r instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
        throw error(r, where + ": rois: expected a list of ROI names, e.g. [V1, V2], found "
            + describe(r));
      }
      for (Node item : seq.getValue()) {
        String roi = scalar(item, "an ROI name");
        if (rois.contains(roi)) {
          throw error(item, where + ": ROI '" + roi + "' is listed twice in rois:");
        }
        rois.add(roi);
      }
    }
    Path volume = m.containsKey("roi-volume")
        ? resolve(scalar(m.get("roi-volume"), "a NIfTI label volume (.nii or .nii.gz)")) : null;
    Map<Integer, String> names = new LinkedHashMap<>();
    Node nn = m.get("roi-names");
    if (nn != null) {
      if (volume == null) {
        throw error(nn, where + ": roi-names: expected together with roi-volume (it names the "
            + "volume's labels), found no roi-volume");
      }
      if (!(nn instanceof MappingNode nm) || nm.getValue().isEmpty()) {
        throw error(nn, where + ": roi-names: expected a mapping of labels to names, e.g. "
            + "{1: V1, 2: V2}, found " + describe(nn));
      }
      for (NodeTuple t : nm.getValue()) {
        String label = scalar(t.getKeyNode(), "a label number");
        int number;
        try {
          number = Integer.parseInt(label);
        } catch (NumberFormatException e) {
          throw error(t.getKeyNode(), where + ": roi-names: expected a whole label number, found '"
              + label + "'");
        }
        if (number <= 0 || names.containsKey(number)) {
          throw error(t.getKeyNode(), where + ": roi-names: expected each positive label once, "
              + "found " + label + (number <= 0 ? " (labels 0 and below are no ROI)" : " twice"));
        }
        String roi = scalar(t.getValueNode(), "an ROI name");
        if (names.containsValue(roi)) {
          throw error(t.getValueNode(), where + ": roi-names: ROI name '" + roi + "' is given "
              + "to two labels; give each its own");
        }
        names.put(number, roi);
      }
    }
    return new SubjectSpec(name, responses, rows, voxels, rois, volume, names, header,
        key.getStartMark().getLine() + 1);
  }

  private Path resolve(String path) {
    return file.toAbsolutePath().getParent().resolve(path).normalize();
  }

  private Map<String, Node> mapping(Node n, String where, List<String> keys) {
    if (!(n instanceof MappingNode mn)) {
      throw error(n, where + ": expected a mapping with keys " + keys + ", found " + describe(n));
    }
    Map<String, Node> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : mn.getValue()) {
      String k = scalar(t.getKeyNode(), "a key");
      if (!keys.contains(k)) {
        throw error(t.getKeyNode(), where + ": unknown key '" + k + "'; did you mean '"
            + Nearest.closest(k, keys) + "'? Valid keys: " + String.join(", ", keys));
      }
      if (!seen.add(k)) {
        throw error(t.getKeyNode(), where + ": key '" + k + "' appears twice; keep one");
      }
      out.put(k, t.getValueNode());
    }
    return out;
  }

  private Node require(Map<String, Node> m, String key, Node parent, String where) {
    Node n = m.get(key);
    if (n == null) {
      throw error(parent, where + ": expected the key '" + key + "', found only "
          + (m.isEmpty() ? "no keys" : m.keySet()));
    }
    return n;
  }

  private String scalar(Node n, String expected) {
    if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
      throw error(n, "expected " + expected + ", found " + describe(n));
    }
    return s.getValue().strip();
  }

  private static String describe(Node n) {
    if (n instanceof ScalarNode s) {
      return s.getValue().isBlank() ? "nothing" : "'" + s.getValue() + "'";
    }
    if (n instanceof MappingNode m && m.getValue().isEmpty()) {
      return "an empty mapping ({})";
    }
    return n instanceof SequenceNode ? "a list" : "a mapping";
  }

  private DataFormatException error(Node n, String problem) {
    Mark m = n.getStartMark();
    return new DataFormatException(file, "line " + (m.getLine() + 1) + ", column "
        + (m.getColumn() + 1) + ": " + problem);
  }
}
