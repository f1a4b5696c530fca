package org.brainalign.report;

import java.util.List;
import java.util.Map;

/**
 * What {@code study.json} says about a study: its name, the study file as written, provenance and
 * the runner's warnings. Missing keys are empty, so a report still renders from an older file.
 *
 * @param studyFile the YAML text the study was run from
 * @param versions brainalign, Java, library and plugin versions
 * @param inputs digests of the inputs (weights, data files)
 * @param timings seconds per stage
 * @param warnings things the reader must know, e.g. that a model ran with random weights
 * @param other every other top-level entry (e.g. model provenance, plugins), shown as is
 */
record StudyInfo(String name, Map<String, Object> study, String studyFile,
    Map<String, Object> versions, Map<String, Object> inputs, Map<String, Object> timings,
    List<String> warnings, Map<String, Object> other) {

  private static final java.util.Set<String> KNOWN = java.util.Set.of("name", "study",
      "study_file", "versions", "inputs", "timings", "warnings");

  static StudyInfo of(Map<String, Object> json) {
    Object w = json.get("warnings");
    List<String> warnings = w instanceof List<?> l
        ? l.stream().map(String::valueOf).toList() : List.of();
    Object file = json.get("study_file");
    return new StudyInfo(json.get("name") == null ? "study" : String.valueOf(json.get("name")),
        map(json.get("study")), file == null ? "" : String.valueOf(file), map(json.get("versions")),
        map(json.get("inputs")), map(json.get("timings")), warnings, other(json));
  }

  private static Map<String, Object> other(Map<String, Object> json) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    json.forEach((k, v) -> {
      if (!KNOWN.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
