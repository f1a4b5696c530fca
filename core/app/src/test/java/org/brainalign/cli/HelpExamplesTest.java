package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code id:key=value,…} example in a command's help names options that the built-in plugin
 * of that id really has, with values it accepts (issue 17: {@code features --help} showed
 * {@code mode=channel} for an option called {@code axis}).
 */
class HelpExamplesTest {
  private static final Pattern SPEC = Pattern.compile("([a-z0-9-]+):((?:[a-z]+=[a-z0-9:.]+,?)+)");

  @Test
  void examplesInHelpUseRealOptionNamesAndValues() throws Exception {
    Cli plugins = Cli.run("plugins", "--json");
    assertThat(plugins.exit).as(plugins.toString()).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> doc = new com.fasterxml.jackson.databind.ObjectMapper().readValue(plugins.out,
        Map.class);
    List<String> checked = new ArrayList<>();
    for (String command : new String[] {"features", "layers", "compare", "responses", "fetch"}) {
      Cli help = Cli.run(command, "--help");
      String text = help.out.replaceAll("\\s+", " ");
      Matcher m = SPEC.matcher(text);
      while (m.find()) {
        String id = m.group(1);
        Map<?, ?> ext = extension(doc, id);
        if (ext == null) {
          continue; // e.g. "fake" ids in prose; only built-in ids are checked
        }
        for (String kv : m.group(2).split(",")) {
          if (kv.isEmpty()) {
            continue;
          }
          String key = kv.substring(0, kv.indexOf('='));
          String value = kv.substring(kv.indexOf('=') + 1).replaceAll("\\.$", "");
          Map<?, ?> opt = ((List<?>) ext.get("options")).stream().map(o -> (Map<?, ?>) o)
              .filter(o -> key.equals(o.get("key"))).findFirst().orElse(null);
          assertThat(opt).as(command + " --help: " + m.group() + ": option '" + key + "' of " + id)
              .isNotNull();
          if ("choice".equals(opt.get("type"))) {
            assertThat(((List<?>) opt.get("choices")).stream().map(Object::toString).toList())
                .as(command + " --help: " + m.group())
                .contains(value);
          }
          checked.add(command + ": " + id + ":" + kv);
        }
      }
    }
    System.out.println("help examples checked: " + checked);
    assertThat(checked).anyMatch(s -> s.startsWith("features: sparse-random-projection:axis="));
  }

  private static Map<?, ?> extension(Map<String, Object> doc, String id) {
    for (Object e : (List<?>) doc.get("extensions")) {
      if (id.equals(((Map<?, ?>) e).get("id"))) {
        return (Map<?, ?>) e;
      }
    }
    return null;
  }
}
