package org.brainalign.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.ExtensionSpec;

/** A value in a parsed study file, with its key path for error messages. */
final class YamlNode {
  private final String file;
  private final String path;
  private final Object value;

  YamlNode(String file, String path, Object value) {
    this.file = file;
    this.path = path;
    this.value = value;
  }

  private InvalidInputException wrong(String expected) {
    String found = value == null ? "nothing" : value instanceof Map ? "a mapping"
        : value instanceof List ? "a list" : "'" + value + "'";
    return new InvalidInputException(file + ": " + (path.isEmpty() ? "the file" : "'" + path + "'")
        + ": expected " + expected + ", found " + found);
  }

  boolean isScalar() {
    return !(value instanceof Map) && !(value instanceof List) && value != null;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map() {
    if (!(value instanceof Map)) {
      throw wrong("a mapping of keys to values");
    }
    return (Map<String, Object>) value;
  }

  YamlNode optional(String key) {
    Object v = map().get(key);
    return v == null ? null : new YamlNode(file, path.isEmpty() ? key : path + "." + key, v);
  }

  YamlNode required(String key) {
    YamlNode n = optional(key);
    if (n == null) {
      throw new InvalidInputException(file + ": missing '" + (path.isEmpty() ? key
          : path + "." + key) + "'. See examples/studies/ for complete study files.");
    }
    return n;
  }

  List<YamlNode> list() {
    List<YamlNode> out = new ArrayList<>();
    if (value instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        out.add(new YamlNode(file, path + "[" + i + "]", l.get(i)));
      }
      return out;
    }
    if (isScalar()) {
      return List.of(this);
    }
    throw wrong("a list");
  }

  String string() {
    if (!isScalar()) {
      throw wrong("a single value");
    }
    return String.valueOf(value);
  }

  long integer() {
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    throw wrong("a whole number");
  }

  List<String> strings() {
    List<String> out = new ArrayList<>();
    for (YamlNode n : list()) {
      out.add(n.string());
    }
    return out;
  }

  List<Long> longs() {
    List<Long> out = new ArrayList<>();
    for (YamlNode n : list()) {
      out.add(n.integer());
    }
    return out;
  }

  /** An extension spec: {@code "ID:k=v"} or {@code {id: ID, options: {k: v}}}. */
  String spec() {
    if (isScalar()) {
      return ExtensionSpec.parse(string()).toString();
    }
    Map<String, Object> m = map();
    for (String k : m.keySet()) {
      if (!k.equals("id") && !k.equals("options")) {
        throw new InvalidInputException(file + ": '" + path + "': unknown key '" + k
            + "'; an extension is written as ID:key=value,... or with keys id and options");
      }
    }
    String id = required("id").string();
    Map<String, String> opts = new LinkedHashMap<>();
    YamlNode o = optional("options");
    if (o != null) {
      o.map().forEach((k, v) -> opts.put(k, v instanceof List<?> l ? "[" + String.join(",",
          l.stream().map(String::valueOf).toList()) + "]" : String.valueOf(v)));
    }
    return new ExtensionSpec(id, opts).toString();
  }
}
