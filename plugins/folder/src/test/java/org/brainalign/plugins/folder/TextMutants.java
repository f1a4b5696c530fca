package org.brainalign.plugins.folder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded text-level mutations of a valid manifest or table: characters deleted, inserted or
 * replaced by the format's syntax (quotes, separators, YAML indicators, tabs), lines dropped,
 * duplicated or swapped, cells emptied, numbers forged. A mutant is a pure function of the text and
 * the {@link Random}, so a failure is reproduced from its seed.
 */
final class TextMutants {
  private static final String[] TOKENS = {":", ",", "\"", "'", "-", "[", "]", "{", "}", "#", "&a",
      "*a", "!!binary ", "\t", "  ", "\n", "", "NaN", "-1", "1e999", "0x10", "..", "/", "\uFEFF",
      "\u00e9", "\\", "? ", "|", ">", "%", "@", "`", "1", "0", "2", "im9", "V1", "session",
      "stimulus", "roi", "subjects", "stimuli", "responses", "rows", "voxels", "rois"};

  private TextMutants() {}

  record Mutant(String description, String text) {}

  static Mutant next(String valid, Random rnd) {
    List<String> lines = new ArrayList<>(Arrays.asList(valid.split("\n", -1)));
    int l = rnd.nextInt(lines.size());
    String line = lines.get(l);
    int at = line.isEmpty() ? 0 : rnd.nextInt(line.length() + 1);
    String token = TOKENS[rnd.nextInt(TOKENS.length)];
    String d;
    switch (rnd.nextInt(8)) {
      case 0 -> {
        int len = Math.min(line.length() - at, 1 + rnd.nextInt(4));
        lines.set(l, line.substring(0, at) + line.substring(at + Math.max(0, len)));
        d = "delete " + len + " chars at line " + (l + 1) + ":" + at;
      }
      case 1 -> {
        lines.set(l, line.substring(0, at) + token + line.substring(at));
        d = "insert '" + token + "' at line " + (l + 1) + ":" + at;
      }
      case 2 -> {
        int end = Math.min(line.length(), at + 1 + rnd.nextInt(3));
        lines.set(l, line.substring(0, at) + token + line.substring(end));
        d = "replace line " + (l + 1) + ":" + at + "-" + end + " by '" + token + "'";
      }
      case 3 -> {
        lines.remove(l);
        d = "drop line " + (l + 1);
      }
      case 4 -> {
        lines.add(l, line);
        d = "duplicate line " + (l + 1);
      }
      case 5 -> {
        int m = rnd.nextInt(lines.size());
        lines.set(l, lines.get(m));
        lines.set(m, line);
        d = "swap lines " + (l + 1) + " and " + (m + 1);
      }
      case 6 -> {
        String[] cells = line.split(",", -1);
        cells[rnd.nextInt(cells.length)] = token;
        lines.set(l, String.join(",", cells));
        d = "cell of line " + (l + 1) + " := '" + token + "'";
      }
      default -> {
        int k = 2 + rnd.nextInt(6);
        Mutant m = new Mutant("", valid);
        StringBuilder sb = new StringBuilder(k + " mutations:");
        for (int i = 0; i < k; i++) {
          m = next(m.text(), rnd);
          sb.append(" [").append(m.description()).append(']');
        }
        return new Mutant(sb.toString(), m.text());
      }
    }
    return new Mutant(d, String.join("\n", lines));
  }
}
