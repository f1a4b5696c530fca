package org.brainalign.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Options#get(OptionSpec)}: values come back as the handle's type; wrong handles fail. */
class OptionsTest {
  static final OptionSpec<Long> FOLDS = OptionSpec.integer("folds", 8, "folds");
  static final OptionSpec<Double> QUANTILE = OptionSpec.real("null-quantile", 0.99, "quantile");
  static final OptionSpec<Boolean> SCALE = OptionSpec.bool("scale", false, "scale");
  static final OptionSpec<String> ROUTE =
      OptionSpec.choice("route", "auto", List.of("auto", "primal", "dual"), "route");
  static final OptionSpec<long[]> DIMS = OptionSpec.integers("dims", "[16,64]", "dims");
  static final OptionSpec<double[]> ALPHAS = OptionSpec.reals("alphas", "[0.1,1]", "alphas");
  static final OptionSpec<String> WEIGHTS = OptionSpec.string("weights", "imagenet", "weights");
  static final OptionSpec<Path> ROOT = OptionSpec.path("root", null, "root");
  static final List<OptionSpec<?>> SPECS =
      List.of(FOLDS, QUANTILE, SCALE, ROUTE, DIMS, ALPHAS, WEIGHTS, ROOT);

  private static Options parse(Map<String, String> raw) {
    return Options.parse("x", SPECS, raw);
  }

  @Test
  void handlesReturnTypedValuesGivenOrDefault() {
    Options o = parse(Map.of("folds", "5", "scale", "true", "root", "/d", "alphas", "[2, 3.5]"));
    long folds = o.get(FOLDS);
    assertThat(folds).isEqualTo(5L);
    assertThat(o.get(QUANTILE)).isEqualTo(0.99);
    assertThat(o.get(SCALE)).isTrue();
    assertThat(o.get(ROUTE)).isEqualTo("auto");
    assertThat(o.get(DIMS)).containsExactly(16L, 64L);
    assertThat(o.get(ALPHAS)).containsExactly(2.0, 3.5);
    assertThat(o.get(WEIGHTS)).isEqualTo("imagenet");
    assertThat(o.get(ROOT)).isEqualTo(Path.of("/d"));
  }

  @Test
  void anOptionWrittenAtItsDefaultIsGivenNotLeftOut() {
    Options o = parse(Map.of("folds", "8", "root", "/d"));
    assertThat(o.isGiven("folds")).as("written, at the default 8").isTrue();
    assertThat(o.isDefault("folds")).isTrue();
    assertThat(o.isGiven("scale")).as("left out").isFalse();
    Options w = o.with("scale", "false");
    assertThat(w.isGiven("scale")).isTrue();
    assertThat(w.isGiven("folds")).isTrue();
    assertThat(w.isGiven("route")).isFalse();
  }

  @Test
  void handlesAgreeWithTheStringAccessors() {
    Options o = parse(Map.of("folds", "3", "root", "/d", "dims", "4"));
    assertThat(o.get(FOLDS)).isEqualTo(o.integer("folds"));
    assertThat(o.get(DIMS)).containsExactly(o.integers("dims"));
    assertThat(o.get(ROOT)).isEqualTo(o.path("root"));
  }

  @Test
  void aHandleOfAnotherTypeForAKeyIsRefusedNamingBothTypes() {
    Options o = parse(Map.of("root", "/d"));
    OptionSpec<Double> foldsAsReal = OptionSpec.real("folds", 8, "folds");
    assertThatThrownBy(() -> o.get(foldsAsReal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("option 'folds' of 'x' is declared as an integer")
        .hasMessageContaining("read through a real handle (OptionSpec<Double>)");
  }

  @Test
  void aHandleDifferingFromTheDeclarationIsRefused() {
    Options o = parse(Map.of("root", "/d"));
    OptionSpec<Long> otherDefault = OptionSpec.integer("folds", 5, "folds");
    assertThatThrownBy(() -> o.get(otherDefault))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differs from its declaration")
        .hasMessageContaining("defaultValue=8").hasMessageContaining("defaultValue=5");
  }

  @Test
  void aHandleTheExtensionDoesNotDeclareIsRefusedListingItsOptions() {
    Options o = parse(Map.of("root", "/d"));
    OptionSpec<Long> seed = OptionSpec.integer("seed", 0, "seed");
    assertThatThrownBy(() -> o.get(seed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x' declares no option 'seed'")
        .hasMessageContaining("folds (integer)");
  }

  @Test
  void specsWithTheSameDeclarationAreEqual() {
    assertThat(OptionSpec.integer("folds", 8, "folds")).isEqualTo(FOLDS).hasSameHashCodeAs(FOLDS);
    assertThat(OptionSpec.integer("folds", 8, "other")).isNotEqualTo(FOLDS);
    assertThat(ROUTE.valueType()).isEqualTo(String.class);
    assertThat(DIMS.valueType()).isEqualTo(long[].class);
  }
}
