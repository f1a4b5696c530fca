package org.brainalign.api.extension.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;
import org.brainalign.api.extension.ExtensionProvider;
import org.junit.jupiter.api.Test;

/** The kinds' declared types agree: a kind's provider interface creates its extension type. */
class ExtensionKindTest {

  @Test
  void labelsAndOrderAreTheListingOnes() {
    assertThat(ExtensionKind.values()).extracting(ExtensionKind::label).containsExactly("model",
        "dataset", "reducer", "metric", "gram-backend", "eigen-backend");
    for (int i = 0; i < ExtensionKind.values().size(); i++) {
      assertThat(ExtensionKind.values().get(i).ordinal()).isEqualTo(i);
    }
    assertThat(ExtensionKind.GRAM_BACKEND).hasToString("GRAM_BACKEND");
  }

  @Test
  void eachProviderInterfaceCreatesItsKindsExtensionType() {
    Set<Class<?>> providers = new HashSet<>();
    for (ExtensionKind<?> kind : ExtensionKind.values()) {
      Class<?> p = kind.providerType();
      assertThat(p.isInterface()).as(p + " is an interface").isTrue();
      assertThat(providers.add(p)).as("one kind per provider type").isTrue();
      assertThat(createdType(p)).as("what " + p.getSimpleName() + " creates")
          .isEqualTo(kind.extensionType());
    }
  }

  /** The T of the ExtensionProvider<T> that {@code provider} extends. */
  private static Type createdType(Class<?> provider) {
    for (Type t : provider.getGenericInterfaces()) {
      if (t instanceof ParameterizedType pt && pt.getRawType() == ExtensionProvider.class) {
        return pt.getActualTypeArguments()[0];
      }
    }
    throw new AssertionError(provider + " does not extend ExtensionProvider<T>");
  }
}
