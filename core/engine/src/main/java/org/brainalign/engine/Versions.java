package org.brainalign.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of brainalign and the libraries and runtime it runs on, for provenance records. */
public final class Versions {
  private static final Properties PROPS = load();

  private Versions() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read version.properties", e);
    }
    return p;
  }

  /** The brainalign version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String brainalign() {
    return PROPS.getProperty("brainalign.version", "unknown");
  }

  /** The API version plugins are checked against (the release part of {@link #brainalign()}). */
  public static String api() {
    return brainalign().replace("-SNAPSHOT", "");
  }

  /** brainalign, Java, OS and library versions. */
  public static Map<String, String> all() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("brainalign", brainalign());
    m.put("java", System.getProperty("java.version"));
    m.put("java_vendor", System.getProperty("java.vendor"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("pf4j", PROPS.getProperty("pf4j.version", "unknown"));
    m.put("smile", PROPS.getProperty("smile.version", "unknown"));
    m.put("jhdf", PROPS.getProperty("jhdf.version", "unknown"));
    return m;
  }
}
