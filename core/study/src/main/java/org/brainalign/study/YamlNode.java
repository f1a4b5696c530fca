package org.brainalign.study;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.ExtensionSpec;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.brainalign.support.text.Nearest;

/**
 * A node of a parsed study file with its key path ({@code model.layers[1]}) and its line and column,
 * so that every message names the file, the key and the place. Mappings are checked against the keys
 * valid at their level ({@link #keys}); duplicate keys are refused; scalars keep the values YAML gives
 * them ({@code 4}, {@code 0.5}, {@code true}), written back as text where text is expected.
 */
final class YamlNode {
  private final String file;
  private final String path;
  private final Node node;
  private final Locations locations;

  private YamlNode(String file, String path, Node node, Locations locations) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.locations = locations;
    locations.put(path, where());
  }

  /** Where each node read so far lies ({@code model.layers[1]} → {@code file: path (line, column)}). */
  static final class Locations {
    private final String file;
    private final Map<String, String> byPath = new HashMap<>();
    /** One per document: SafeConstructor remembers what it built. */
    private final Values values = new Values();

    Locations(String file) {
      this.file = file;
    }

    void put(String path, String where) {
      byPath.put(path, where);
    }

    /** The place of {@code path}, or the file and path when the file does not write it (a default). */
    String of(String path) {
      return byPath.getOrDefault(path, file + ": " + path + " (not in the file: the default)");
    }

    Map<String, String> asMap() {
      return Map.copyOf(byPath);
    }
  }

  /** Exposes SafeConstructor's scalar values (the Java value YAML 1.1 gives each scalar). */
  private static final class Values extends SafeConstructor {
    Values() {
      super(new LoaderOptions());
    }

    Object of(Node n) {
      return constructObject(n);
    }
  }

  /**
   * Parses {@code text} into its root node.
   *
   * @throws InvalidInputException for text that is not YAML, or an empty file
   */
  static YamlNode root(String text, String file) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new InvalidInputException(file + ": " + (m == null ? "" : "line " + (m.getLine() + 1)
          + ", column " + (m.getColumn() + 1) + ": ") + "not valid YAML: " + e.getProblem()
          + ". Check the indentation and quoting there; examples/studies/ has complete study files.",
          e);
    } catch (YAMLException e) {
      throw new InvalidInputException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null) {
      throw InvalidInputException.of(file, "a study file (a YAML mapping with model and dataset)",
          "an empty file", "Start from examples/studies/.");
    }
    return new YamlNode(file, "", root, new Locations(file));
  }

  Locations locations() {
    return locations;
  }

  String path() {
    return path;
  }

  /** {@code file: path (line L, column C)}: the start of every message about this node. */
  String where() {
    Mark m = node.getStartMark();
    String at = m == null ? "" : "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
    return file + ": " + (path.isEmpty() ? at : path + " (" + at + ")");
  }

  InvalidInputException error(String message) {
    return new InvalidInputException(where() + ": " + message);
  }

  private String found() {
    if (node instanceof MappingNode m) {
      return m.getValue().isEmpty() ? "an empty mapping ({})" : "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return isNull() ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
  }

  private InvalidInputException wrong(String expected) {
    return error("expected " + expected + ", found " + found());
  }

  private boolean isNull() {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  boolean isScalar() {
    return node instanceof ScalarNode && !isNull();
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * This mapping's entries, checked against the keys valid here.
   *
   * @throws InvalidInputException when this is no mapping, a key is written twice, or a key is not
   *     one of {@code valid} (naming the valid keys and the nearest)
   */
  Map<String, YamlNode> keys(List<String> valid) {
    if (!(node instanceof MappingNode m)) {
      throw wrong("a mapping of keys to values (" + String.join(", ", valid) + ")");
    }
    Map<String, YamlNode> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode sk && !sk.getTag().equals(Tag.NULL)
          ? sk.getValue() : null;
      if (key == null) {
        YamlNode k = new YamlNode(file, child("?"), t.getKeyNode(), locations);
        throw k.error("expected a key (" + String.join(", ", valid) + "), found " + k.found());
      }
      String at = new YamlNode(file, child(key), t.getKeyNode(), locations).where();
      if (!valid.contains(key)) {
        throw new InvalidInputException(at + ": unknown key '" + child(key) + "'; valid keys "
            + (path.isEmpty() ? "at the top level" : "under '" + path + "'") + ": "
            + String.join(", ", valid) + "." + Nearest.suggestion(key, valid));
      }
      if (out.containsKey(key)) {
        throw new InvalidInputException(at + ": key '" + child(key) + "' is written twice (first at "
            + out.get(key).where() + "); keep one.");
      }
      out.put(key, new YamlNode(file, child(key), t.getValueNode(), locations));
    }
    return out;
  }

  /** The entries of a mapping whose keys are free (extension options), each written once. */
  Map<String, YamlNode> entries() {
    if (!(node instanceof MappingNode m)) {
      throw wrong("a mapping of option names to values");
    }
    Map<String, YamlNode> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      YamlNode k = new YamlNode(file, child(t.getKeyNode() instanceof ScalarNode sk ? sk.getValue()
          : "?"), t.getKeyNode(), locations);
      String key = k.string();
      if (out.containsKey(key)) {
        throw k.error("option '" + key + "' is written twice; keep one.");
      }
      out.put(key, new YamlNode(file, child(key), t.getValueNode(), locations));
    }
    return out;
  }

  /** A list's items; a single value counts as a list of one. */
  List<YamlNode> list() {
    if (node instanceof SequenceNode s) {
      List<YamlNode> out = new ArrayList<>();
      for (int i = 0; i < s.getValue().size(); i++) {
        out.add(new YamlNode(file, path + "[" + i + "]", s.getValue().get(i), locations));
      }
      return out;
    }
    if (node instanceof MappingNode m && m.getValue().isEmpty()) {
      throw wrong("a list or a single value");
    }
    if (isScalar() || node instanceof MappingNode) {
      locations.put(path + "[0]", where());
      return List.of(this);
    }
    throw wrong("a list");
  }

  /**
   * The items of a list with at least one item, each read once, none written twice (compared by
   * the {@code identity} of what was read).
   *
   * @param what what an item is, for messages ("layer", "metric")
   * @param read reads one item, failing at its position
   */
  <T> List<T> distinct(String what, Function<YamlNode, T> read, Function<T, String> identity) {
    List<YamlNode> items = list();
    if (items.isEmpty()) {
      throw error("expected at least one " + what + ", found an empty list. Remove the key for "
          + "the default, or name one.");
    }
    Map<String, YamlNode> seen = new HashMap<>();
    List<T> out = new ArrayList<>();
    for (YamlNode item : items) {
      T value = read.apply(item);
      String id = identity.apply(value);
      YamlNode first = seen.putIfAbsent(id, item);
      if (first != null) {
        throw item.error(what + " '" + id + "' is listed twice (first at " + first.where()
            + "); list each once.");
      }
      out.add(value);
    }
    return out;
  }

  /** A single value as text ({@code 4}, {@code 0.5}, {@code true} as YAML reads them). */
  String string() {
    if (!isScalar()) {
      throw wrong("a single value");
    }
    return String.valueOf(locations.values.of(node));
  }

  /**
   * A whole number that fits a Java {@code long} (-2^63 to 2^63 - 1).
   *
   * @throws InvalidInputException for anything else, naming the number as written: a larger one
   *     would otherwise wrap around to another seed or size
   */
  long integer() {
    Object v = isScalar() ? locations.values.of(node) : null;
    if (v instanceof Number n && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))
        && n.doubleValue() == Math.rint(n.doubleValue())) {
      BigDecimal exact = new BigDecimal(n.toString());
      if (exact.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
          || exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        throw error("expected a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
            + " (-2^63 to 2^63 - 1), found " + ((ScalarNode) node).getValue() + ", outside that "
            + "range. Write a smaller number (any value in the range works as a seed).");
      }
      return n.longValue();
    }
    throw wrong("a whole number");
  }

  /** Distinct text items of a non-empty list. */
  List<String> strings(String what) {
    return distinct(what, YamlNode::string, s -> s);
  }

  /** Distinct whole numbers of a non-empty list. */
  List<Long> longs(String what) {
    return distinct(what, YamlNode::integer, n -> Long.toString(n));
  }

  /**
   * An extension spec: {@code "ID:k=v"} or {@code {id: ID, options: {k: v}}}, parsed once here.
   * Option names are checked when the extension is created, against the options it declares.
   */
  ExtensionSpec spec() {
    if (isScalar()) {
      try {
        return ExtensionSpec.parse(string());
      } catch (InvalidInputException e) {
        throw error(e.getMessage());
      }
    }
    if (!(node instanceof MappingNode)) {
      throw wrong("an extension, written as ID:key=value,... or with keys id and options");
    }
    Map<String, YamlNode> m = keys(List.of("id", "options"));
    if (!m.containsKey("id")) {
      throw error("missing 'id': an extension is written as ID:key=value,... or with keys id "
          + "and options");
    }
    Map<String, String> opts = new LinkedHashMap<>();
    if (m.containsKey("options")) {
      m.get("options").entries().forEach((k, v) -> opts.put(k, v.node instanceof SequenceNode
          ? "[" + String.join(",", v.list().stream().map(YamlNode::string).toList()) + "]"
          : v.string()));
    }
    return new ExtensionSpec(m.get("id").string(), opts);
  }
}
