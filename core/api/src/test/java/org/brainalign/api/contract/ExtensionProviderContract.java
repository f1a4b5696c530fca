package org.brainalign.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainalign.api.extension.ExtensionProvider;
import org.brainalign.api.extension.InvalidOptionException;
import org.brainalign.api.extension.OptionSpec;
import org.brainalign.api.extension.Options;
import org.brainalign.api.extension.kind.ExtensionKind;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

/**
 * What every extension provider must satisfy. Plugin tests extend one of the kind-specific
 * contracts ({@link AlignmentMetricContract}, {@link ReducerContract}, ...), which extend this.
 *
 * @param <T> what the provider creates
 */
public abstract class ExtensionProviderContract<T> {

  private final ExtensionProvider<T> provider;
  private final Map<String, String> workingOptions;

  /**
   * @param provider the provider under test, built the way PF4J builds it (no-arg constructor)
   * @param workingOptions options that make {@link ExtensionProvider#create} succeed; empty for the
   *     defaults, a dataset root or a weights file where the provider has required options
   */
  protected ExtensionProviderContract(ExtensionProvider<T> provider,
      Map<String, String> workingOptions) {
    this.provider = provider;
    this.workingOptions = workingOptions;
  }

  /** The provider under test. */
  protected final ExtensionProvider<T> provider() {
    return provider;
  }

  /** The options the contract creates the extension with. */
  protected final Map<String, String> workingOptions() {
    return workingOptions;
  }

  protected final Options options() {
    ExtensionProvider<T> p = provider();
    return Options.parse(p.id(), p.options(), workingOptions());
  }

  /** What the provider creates from exactly {@code raw}, parsed as a user's options are. */
  protected final T create(Map<String, String> raw) {
    ExtensionProvider<T> p = provider();
    return p.create(Options.parse(p.id(), p.options(), raw));
  }

  /** What the provider creates from {@link #workingOptions()} with {@code changes} applied. */
  protected final T createWith(Map<String, String> changes) {
    Map<String, String> raw = new HashMap<>(workingOptions());
    raw.putAll(changes);
    return create(raw);
  }

  @Test
  void implementsOneKindsProviderTypeAndCreatesItsExtensionType() {
    ExtensionProvider<T> p = provider();
    List<ExtensionKind<?>> kinds = ExtensionKind.values().stream()
        .filter(k -> k.providerType().isInstance(p)).toList();
    assertThat(kinds).as(p.getClass() + " implements exactly one kind's provider interface")
        .hasSize(1);
    ExtensionKind<?> kind = kinds.get(0);
    Class<?> created;
    try {
      created = p.getClass().getMethod("create", Options.class).getReturnType();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    assertThat(kind.extensionType()).as(kind.label() + " " + p.id() + " creates a "
        + kind.extensionType().getSimpleName()).isAssignableFrom(created);
  }

  @Test
  void idIsKebabCase() {
    assertThat(provider().id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  }

  @Test
  void describesItselfAndEveryOption() {
    assertThat(provider().description()).isNotBlank();
    Set<String> keys = new HashSet<>();
    for (OptionSpec<?> spec : provider().options()) {
      assertThat(spec.description()).as("description of " + spec.key()).isNotBlank();
      assertThat(keys.add(spec.key())).as("duplicate option " + spec.key()).isTrue();
    }
  }

  @Test
  void defaultsParseAndCreate() {
    assertThat(provider().create(options())).isNotNull();
  }

  @Test
  void unknownOptionIsRejectedWithTheValidKeys() {
    ExtensionProvider<T> p = provider();
    assertThatThrownBy(() -> Options.parse(p.id(), p.options(), Map.of("no-such-option", "1")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("no-such-option");
  }

  @Test
  void isAnnotatedAsPf4jExtension() {
    assertThat(provider().getClass().isAnnotationPresent(Extension.class))
        .as(provider().getClass() + " carries @org.pf4j.Extension")
        .isTrue();
  }

  @Test
  void isListedInExtensionsIndex() throws IOException {
    String name = provider().getClass().getName();
    boolean found = false;
    for (URL url : Collections.list(
        getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        found |= text.lines().anyMatch(line -> line.strip().equals(name));
      }
    }
    assertThat(found)
        .as(name + " in META-INF/extensions.idx (is PF4J's annotation processor running?)")
        .isTrue();
  }
}
