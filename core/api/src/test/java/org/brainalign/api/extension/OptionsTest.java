package org.brainalign.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Options#get(OptionSpec)}: values come back as the handle's type; wrong handles fail. */
class OptionsTest {
  enum Route implements OptionChoice { AUTO, PRIMAL, DUAL }

  static final OptionSpec<Long> FOLDS = OptionSpec.integer("folds", 8, "folds");
  static final OptionSpec<Double> QUANTILE = OptionSpec.real("null-quantile", 0.99, "quantile");
  static final OptionSpec<Boolean> SCALE = OptionSpec.bool("scale", false, "scale");
  static final OptionSpec<Route> ROUTE = OptionSpec.choice("route", Route.AUTO, "route");
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
    assertThat(o.get(ROUTE)).isEqualTo(Route.AUTO);
    assertThat(o.get(DIMS)).containsExactly(16L, 64L);
    assertThat(o.get(ALPHAS)).containsExactly(2.0, 3.5);
    assertThat(o.get(WEIGHTS)).isEqualTo("imagenet");
    assertThat(o.get(ROOT)).isEqualTo(Path.of("/d"));
  }

  @Test
  void anOptionWrittenAtItsDefaultIsGivenNotLeftOut() {
    Options o = parse(Map.of("folds", "8", "root", "/d"));
    assertThat(o.isGiven(FOLDS)).as("written, at the default 8").isTrue();
    assertThat(o.asMap().get("folds")).isEqualTo(FOLDS.defaultValue());
    assertThat(o.isGiven(SCALE)).as("left out").isFalse();
    Options w = parse(Map.of("folds", "8", "root", "/d", "scale", "false"));
    assertThat(w.isGiven(SCALE)).isTrue();
    assertThat(w.isGiven(FOLDS)).isTrue();
    assertThat(w.isGiven(ROUTE)).isFalse();
  }

  @Test
  void valuesAreParsedOnceAndTheirTextIsKeptForProvenance() {
    Options o = parse(Map.of("folds", "3", "root", "/d", "dims", "4", "alphas", "[2, 3.5]"));
    assertThat(o.get(FOLDS)).isEqualTo(3L);
    assertThat(o.get(DIMS)).containsExactly(4L);
    assertThat(o.get(ROOT)).isEqualTo(Path.of("/d"));
    assertThat(o.asMap()).containsExactly(Map.entry("folds", "3"),
        Map.entry("null-quantile", "0.99"), Map.entry("scale", "false"),
        Map.entry("route", "auto"), Map.entry("dims", "4"), Map.entry("alphas", "[2, 3.5]"),
        Map.entry("weights", "imagenet"), Map.entry("root", "/d"));
    assertThat(o).hasToString("x:folds=3,null-quantile=0.99,scale=false,route=auto,dims=4,"
        + "alphas=[2, 3.5],weights=imagenet,root=/d");
    o.get(DIMS)[0] = 99;
    assertThat(o.get(DIMS)).as("a list comes back as a fresh array").containsExactly(4L);
  }

  @Test
  void anUnreadablePathIsRefusedWhenTheOptionsAreBuilt() {
    assertThatThrownBy(() -> parse(Map.of("root", "a\0b")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageStartingWith("option 'root' of 'x': expected a path (");
  }

  @Test
  void isGivenRefusesAHandleTheExtensionDoesNotDeclare() {
    Options o = parse(Map.of("root", "/d"));
    assertThatThrownBy(() -> o.isGiven(OptionSpec.integer("seed", 0, "seed")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x' declares no option 'seed'");
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
    assertThat(ROUTE.valueType()).isEqualTo(Route.class);
    assertThat(DIMS.valueType()).isEqualTo(long[].class);
  }
}
