package org.brainalign.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainalign.formats.json.JsonFiles;

/**
 * What a reference was computed from, recorded in its folder as {@code inputs.json}: the
 * fingerprints of the presentations of its subject (and of the pair's second subject) in its ROI
 * ({@link InputFingerprints#responses}). Options are part of the folder's name.
 *
 * @param responses the first subject's, or null where not known without reading: then not compared
 * @param responsesB the second subject's, or null (within-subject, or not known)
 */
record ReferenceInputs(String responses, String responsesB) {

  void write(Path dir) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("responses", responses);
    m.put("responses_b", responsesB);
    JsonFiles.write(dir.resolve(CellInputs.FILE), m);
  }

  static ReferenceInputs read(Path dir) {
    Path f = dir.resolve(CellInputs.FILE);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      Map<String, Object> m = JsonFiles.read(f);
      return new ReferenceInputs((String) m.get("responses"), (String) m.get("responses_b"));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** What differs from {@code recorded}, in words; empty when current. Nulls are not differences. */
  List<String> changesSince(ReferenceInputs recorded) {
    List<String> changes = new ArrayList<>();
    if (recorded == null) {
      changes.add("it has no record of its inputs");
    } else if (differ(responses, recorded.responses) || differ(responsesB, recorded.responsesB)) {
      changes.add("the responses changed");
    }
    return changes;
  }

  private static boolean differ(String now, String then) {
    return now != null && then != null && !Objects.equals(now, then);
  }
}
