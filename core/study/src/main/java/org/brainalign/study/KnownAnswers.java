package org.brainalign.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.dataset.KnownAnswer;
import org.brainalign.api.dataset.Responses;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.support.digest.Sha256;

/**
 * The known answers of a study's ROIs ({@code known_answer} in a surrogate ROI's manifest), kept in
 * {@code DIR/known-answers/} beside the cells, so that a merge in another process (cluster tasks)
 * still finds them: {@code study.json} and {@code identification.csv} read them back.
 */
final class KnownAnswers {
  private final Path out;
  private final StudyPlan plan;

  KnownAnswers(Path out, StudyPlan plan) {
    this.out = out;
    this.plan = plan;
  }

  /**
   * A dataset with a known answer (surrogate) puts it under {@code known_answer} in each ROI's
   * manifest; study.json repeats it per subject and ROI. Resumed ROIs whose responses were not read
   * again are missing from it.
   */
  void record(String subject, String roi, Responses responses) {
    Object answer = responses.manifest().get(KnownAnswer.MANIFEST_KEY);
    if (answer != null) {
      // Kept beside the cells, so that a merge in another process (cluster tasks) still finds it.
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("subject", subject);
      entry.put("roi", roi);
      entry.put(KnownAnswer.MANIFEST_KEY, answer);
      JsonFiles.write(dir().resolve(Sha256.of(subject + "\u0000" + roi)
          .substring(0, 16) + ".json"), entry);
    }
  }

  private Path dir() {
    return out.resolve("known-answers");
  }

  /**
   * The answers identification scores: those of {@code recorded} that are {@link KnownAnswer}s (a
   * prose answer, as {@code simulated} gives, goes to study.json only).
   */
  static Map<String, Map<String, KnownAnswer>> typed(Map<String, Map<String, Object>> recorded) {
    Map<String, Map<String, KnownAnswer>> out = new LinkedHashMap<>();
    recorded.forEach((subject, rois) -> rois.forEach((roi, answer) -> KnownAnswer.of(answer)
        .ifPresent(k -> out.computeIfAbsent(subject, s -> new LinkedHashMap<>()).put(roi, k))));
    return out;
  }

  /**
   * Every ROI's known answer as recorded by the cells tasks (as the manifest held it), by subject
   * and ROI in plan order.
   */
  Map<String, Map<String, Object>> read() {
    Map<String, Map<String, Object>> bySubject = new LinkedHashMap<>();
    Path dir = dir();
    if (!Files.isDirectory(dir)) {
      return bySubject;
    }
    Map<GridCell.RoiKey, Map<String, Object>> found = new LinkedHashMap<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        Map<String, Object> e = JsonFiles.read(f);
        found.put(new GridCell.RoiKey(String.valueOf(e.get("subject")),
            String.valueOf(e.get("roi"))), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (String subject : plan.subjects) {
      for (String roi : plan.rois.get(subject)) {
        Map<String, Object> e = found.get(new GridCell.RoiKey(subject, roi));
        if (e != null) {
          bySubject.computeIfAbsent(subject, k -> new LinkedHashMap<>()).put(roi,
              e.get(KnownAnswer.MANIFEST_KEY));
        }
      }
    }
    return bySubject;
  }
}
