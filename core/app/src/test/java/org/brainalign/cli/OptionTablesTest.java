package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainalign.formats.json.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The option tables of the READMEs name exactly the options {@code brainalign plugins --json} lists
 * for their extensions, with the same defaults ({@code (required)} for one without). A row
 * {@code `key` (id)} documents the option of extension {@code id} only.
 */
class OptionTablesTest {
  private static final Path ROOT = Path.of("../..");
  private static final Pattern ROW = Pattern.compile(
      "^\\| `([a-z0-9-]+)`(?: \\(([a-z0-9-]+)\\))? \\| ([^|]*) \\|");

  @TempDir
  Path dir;

  /** A README table and the extensions (kind:id) it documents. */
  private record Documented(String readme, String after, List<String> extensions) {}

  private static final List<Documented> TABLES = List.of(
      new Documented("plugins/cross-decomposition/README.md", "## Options", List.of(
          "metric:cross-decomposition")),
      new Documented("plugins/nsd/README.md", "", List.of("dataset:nsd")),
      new Documented("plugins/resnet50/README.md", "## Options", List.of("model:resnet50",
          "model:torchscript")),
      new Documented("plugins/onnx/README.md", "## Options", List.of("model:onnx")),
      new Documented("plugins/simulated/README.md", "## Options", List.of("dataset:simulated")),
      new Documented("plugins/torch-compute/README.md", "", List.of("gram-backend:torch")));

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, String>> listed() throws IOException {
    Cli r = Cli.run("plugins", "--json");
    assertThat(r.exit).as(r.toString()).isZero();
    Path f = dir.resolve("plugins.json");
    Files.writeString(f, r.out);
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (Map<String, Object> e : (List<Map<String, Object>>) JsonFiles.read(f).get("extensions")) {
      Map<String, String> options = new TreeMap<>();
      for (Map<String, Object> o : (List<Map<String, Object>>) e.get("options")) {
        Object d = o.get("default");
        options.put((String) o.get("key"), d == null ? "(required)" : d.toString());
      }
      out.put(e.get("kind") + ":" + e.get("id"), options);
    }
    return out;
  }

  /** The first option table after the line starting with {@code after}: key → (id or "", default). */
  private static List<String[]> rows(Documented t) throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve(t.readme()));
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith(t.after())) {
      i++;
    }
    while (i < lines.size() && !lines.get(i).startsWith("| option | default |")) {
      i++;
    }
    assertThat(i).as("an option table in " + t.readme()).isLessThan(lines.size());
    List<String[]> out = new ArrayList<>();
    for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      Matcher m = ROW.matcher(lines.get(i));
      assertThat(m.find()).as(t.readme() + ": " + lines.get(i)).isTrue();
      String def = m.group(3).strip().replace("`", "");
      out.add(new String[] {m.group(1), m.group(2) == null ? "" : m.group(2),
          def.equals("required") ? "(required)" : def});
    }
    return out;
  }

  @Test
  void everyReadmeOptionTableMatchesThePluginsListing() throws IOException {
    Map<String, Map<String, String>> listed = listed();
    for (Documented t : TABLES) {
      List<String[]> rows = rows(t);
      for (String ext : t.extensions()) {
        assertThat(listed).as("plugins --json lists " + ext).containsKey(ext);
        String id = ext.substring(ext.indexOf(':') + 1);
        Map<String, String> documented = new TreeMap<>();
        for (String[] r : rows) {
          if (r[1].isEmpty() || r[1].equals(id)) {
            documented.put(r[0], r[2]);
          }
        }
        assertThat(documented).as(t.readme() + " documents " + ext + "'s options and defaults")
            .isEqualTo(listed.get(ext));
      }
    }
  }
}
