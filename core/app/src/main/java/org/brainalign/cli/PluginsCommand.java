package org.brainalign.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.engine.plugins.ExtensionRegistry;
import org.brainalign.engine.plugins.PluginHost;
import org.pf4j.PluginWrapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brainalign plugins}: every plugin and extension, with options. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = "List loaded plugins and their extensions (id, kind, version, description, "
        + "options with type, default and meaning).")
final class PluginsCommand extends HostCommand {

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (PluginHost plugins = host.loadPlugins()) {
      if (json) {
        out.println(JsonFiles.toJson(asMap(plugins)));
        return ExitCodes.OK;
      }
      out.println("Plugin folders: " + plugins.roots());
      for (PluginWrapper w : plugins.plugins()) {
        out.printf("  %-26s %-16s %s%n", w.getPluginId(), w.getDescriptor().getVersion(),
            w.getPluginPath());
      }
      if (plugins.plugins().isEmpty()) {
        out.println("  (none: build with ./brainalign or add --plugins-dir DIR)");
      }
      for (ExtensionRegistry.Entry e : plugins.registry().all()) {
        out.println();
        out.printf("%s %s  (plugin %s %s)%n", e.kind().label(), e.provider().id(), e.pluginId(),
            e.pluginVersion());
        out.println("    " + e.provider().description());
        for (OptionSpec o : e.provider().options()) {
          String type = o.type() == org.brainalign.api.extension.OptionType.CHOICE
              ? String.join("|", o.choices()) : o.type().label();
          out.printf("    %-16s %-22s %-10s %s%n", o.key(), type,
              o.required() ? "(required)" : o.defaultValue(), o.description());
        }
      }
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> asMap(PluginHost plugins) {
    List<Map<String, Object>> ps = new ArrayList<>();
    for (PluginWrapper w : plugins.plugins()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", w.getPluginId());
      m.put("version", w.getDescriptor().getVersion());
      m.put("path", w.getPluginPath().toString());
      m.put("description", w.getDescriptor().getPluginDescription());
      ps.add(m);
    }
    List<Map<String, Object>> es = new ArrayList<>();
    for (ExtensionRegistry.Entry e : plugins.registry().all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.provider().id());
      m.put("kind", e.kind().label());
      m.put("plugin", e.pluginId());
      m.put("version", e.pluginVersion());
      m.put("description", e.provider().description());
      List<Map<String, Object>> os = new ArrayList<>();
      for (OptionSpec o : e.provider().options()) {
        Map<String, Object> om = new LinkedHashMap<>();
        om.put("key", o.key());
        om.put("type", o.type().label());
        om.put("default", o.defaultValue());
        om.put("choices", o.choices());
        om.put("description", o.description());
        os.add(om);
      }
      m.put("options", os);
      es.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("plugins", ps);
    root.put("extensions", es);
    return root;
  }
}
