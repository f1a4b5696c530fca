package org.brainalign.plugins.nsd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;

/** Finds subjects and their session files under {@code nsddata_betas/ppdata/}. */
final class SubjectFolders {
  private static final Pattern SUBJECT = Pattern.compile("subj(\\d\\d)");
  private static final Pattern SESSION = Pattern.compile("betas_session(\\d\\d)\\.hdf5");

  private final NsdLayout layout;
  private final String betas;

  SubjectFolders(NsdLayout layout, String betas) {
    this.layout = layout;
    this.betas = betas;
  }

  /** Subjects with at least one session file of the chosen betas, ascending. */
  List<String> subjects() {
    List<String> out = new ArrayList<>();
    for (String name : list(layout.betasSubjects())) {
      if (SUBJECT.matcher(name).matches() && !sessions(name).isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  /** Session numbers on disk for {@code subject}, ascending; empty when none. */
  List<Integer> sessions(String subject) {
    List<Integer> out = new ArrayList<>();
    for (String name : list(layout.betasDir(subject, betas))) {
      Matcher m = SESSION.matcher(name);
      if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
        out.add(Integer.parseInt(m.group(1)));
      }
    }
    return out;
  }

  /**
   * Resolves {@code 1}, {@code 01}, {@code subj1} or {@code subj01} to a subject folder with sessions.
   *
   * @throws InvalidInputException for an unknown subject (listing the known ones) or one whose betas
   *     folder holds no session file
   */
  String resolve(String subject) {
    String s = subject.strip();
    String digits = s.startsWith("subj") ? s.substring(4) : s;
    String name = digits.matches("\\d{1,2}") && Integer.parseInt(digits) > 0
        ? String.format("subj%02d", Integer.parseInt(digits)) : s;
    Path dir = layout.betasDir(name, betas);
    if (SUBJECT.matcher(name).matches() && Files.isDirectory(dir) && sessions(name).isEmpty()) {
      throw InvalidInputException.of("subject '" + subject + "'",
          "betas_sessionNN.hdf5 files in " + dir + " (NSD folder " + layout.relative(dir) + "/)",
          "none", "Download the subject's betas_" + betas + " sessions, or pick another betas= "
              + "version or subject.");
    }
    List<String> known = subjects();
    if (!known.contains(name)) {
      throw InvalidInputException.of("subject '" + subject + "'",
          "a subject with betas_" + betas + " sessions under " + layout.betasSubjects(),
          "none", "Known subjects: " + (known.isEmpty() ? "(none)" : String.join(", ", known))
              + "; write 1 or subj01.");
    }
    return name;
  }

  private static List<String> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new DataFormatException(dir, "cannot list the folder: " + e, e);
    }
  }
}
