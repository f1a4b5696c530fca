package org.brainalign.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionSpecTest {
  enum Route implements OptionChoice { AUTO, PRIMAL, DUAL }

  private static final OptionSpec<Long> FOLDS = OptionSpec.integer("folds", 8, "folds");
  private static final OptionSpec<Double> QUANTILE =
      OptionSpec.real("null-quantile", 0.99, "quantile");
  private static final OptionSpec<Boolean> SCALE = OptionSpec.bool("scale", false, "scale");
  private static final OptionSpec<Route> ROUTE = OptionSpec.choice("route", Route.AUTO, "route");
  private static final OptionSpec<long[]> DIMS = OptionSpec.integers("dims", "[16,64]", "dims");
  private static final OptionSpec<Path> ROOT = OptionSpec.path("root", null, "root");
  private static final List<OptionSpec<?>> SPECS = List.of(FOLDS, QUANTILE, SCALE, ROUTE, DIMS,
      OptionSpec.string("weights", "imagenet", "weights"), ROOT);

  @Test
  void parsesIdAndOptions() {
    ExtensionSpec s = ExtensionSpec.parse("cross-decomposition:folds=8,seed=0");
    assertThat(s.id()).isEqualTo("cross-decomposition");
    assertThat(s.options()).containsExactly(Map.entry("folds", "8"), Map.entry("seed", "0"));
    assertThat(ExtensionSpec.parse("rsa").options()).isEmpty();
    assertThat(ExtensionSpec.parse(s.toString())).isEqualTo(s);
  }

  @Test
  void withSetsAnOptionInItsPlaceAndWithDefaultOnlyWhereUnset() {
    ExtensionSpec s = ExtensionSpec.parse("x:dim=4,seed=0");
    assertThat(s.with("dim", "8")).hasToString("x:dim=8,seed=0");
    assertThat(s.with("axis", "channel")).hasToString("x:dim=4,seed=0,axis=channel");
    assertThat(s.withDefault("seed", "1")).isSameAs(s);
    assertThat(s.withDefault("folds", "5")).hasToString("x:dim=4,seed=0,folds=5");
    assertThat(s).hasToString("x:dim=4,seed=0");
  }

  @Test
  void bracketsHoldCommasAndValuesMayHoldColons() {
    ExtensionSpec s = ExtensionSpec.parse("x:dims=[4,8,16],weights=random:3");
    assertThat(s.options()).containsEntry("dims", "[4,8,16]").containsEntry("weights", "random:3");
  }

  @Test
  void aQuotedValueHoldsCommasBracketsAndQuotesAndWritesBackQuoted() {
    ExtensionSpec s = ExtensionSpec.parse("folder:root=\"/data/a,b\",zscore=false");
    assertThat(s.options()).containsExactly(Map.entry("root", "/data/a,b"),
        Map.entry("zscore", "false"));
    assertThat(s.toString()).isEqualTo("folder:root=\"/data/a,b\",zscore=false");
    assertThat(ExtensionSpec.parse(s.toString())).isEqualTo(s);
    ExtensionSpec odd = ExtensionSpec.parse("x:root= \"/d/[x]=1:\\\"q\\\\\" ");
    assertThat(odd.options()).containsEntry("root", "/d/[x]=1:\"q\\");
    assertThat(ExtensionSpec.parse(odd.toString())).isEqualTo(odd);
    // Built from a map (a study file's options mapping): quoted where needed, read back the same.
    ExtensionSpec built = new ExtensionSpec("folder", Map.of("root", "/data/a,b"));
    assertThat(ExtensionSpec.parse(built.toString())).isEqualTo(built);
    // Nested specs keep their quotes for the inner parse.
    ExtensionSpec outer = ExtensionSpec.parse("s:source=[folder:root=\"/a,b]\"],n=2");
    assertThat(outer.options()).containsEntry("source", "[folder:root=\"/a,b]\"]")
        .containsEntry("n", "2");
    String inner = outer.options().get("source");
    assertThat(ExtensionSpec.parse(inner.substring(1, inner.length() - 1)).options())
        .containsEntry("root", "/a,b]");
  }

  @Test
  void specsWithoutAValueStartingWithAQuoteReadAsBefore() {
    for (String text : List.of("x:name=a\"b,c=1", "x:dims=[4,8],w=random:3", "x:k=",
        "surrogate:source=[resnet50:weights=random:0,resize=112],rois=[early,late]")) {
      ExtensionSpec s = ExtensionSpec.parse(text);
      assertThat(s.toString()).as(text).isEqualTo(text);
    }
    assertThat(ExtensionSpec.parse("x:name=a\"b,c=1").options()).containsEntry("name", "a\"b");
  }

  @Test
  void aBadQuoteIsExplained() {
    assertThatThrownBy(() -> ExtensionSpec.parse("folder:root=\"/data/a,b"))
        .isInstanceOf(InvalidOptionException.class).hasMessageContaining("never closed");
    assertThatThrownBy(() -> ExtensionSpec.parse("folder:root=\"/a\"b"))
        .hasMessageContaining("text after the closing quote");
    assertThatThrownBy(() -> ExtensionSpec.parse("folder:root=\"/a\\n\""))
        .hasMessageContaining("unknown escape \\n");
  }

  @Test
  void malformedSpecsFailWithTheExpectedForm() {
    assertThatThrownBy(() -> ExtensionSpec.parse("x:folds")).isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("key=value");
    assertThatThrownBy(() -> ExtensionSpec.parse("x:a=1,a=2")).hasMessageContaining("twice");
    assertThatThrownBy(() -> ExtensionSpec.parse("x:dims=[1,2")).hasMessageContaining("unbalanced");
    assertThatThrownBy(() -> ExtensionSpec.parse("Bad Id")).hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> ExtensionSpec.parse(" ")).hasMessageContaining("empty");
  }

  @Test
  void optionsAreTypedAndDefaulted() {
    Options o = Options.parse("x", SPECS, Map.of("folds", "5", "scale", "true", "root", "/d",
        "dims", "[1, 2,3]"));
    assertThat(o.get(FOLDS)).isEqualTo(5);
    assertThat(o.get(QUANTILE)).isEqualTo(0.99);
    assertThat(o.get(SCALE)).isTrue();
    assertThat(o.get(ROUTE).id()).isEqualTo("auto");
    assertThat(o.get(DIMS)).containsExactly(1, 2, 3);
    assertThat(o.get(ROOT).toString()).isEqualTo("/d");
    assertThat(o.asMap()).containsKeys("folds", "null-quantile", "scale", "route", "dims",
        "weights", "root");
  }

  @Test
  void unknownKeysListTheValidOnesWithTypes() {
    assertThatThrownBy(() -> Options.parse("x", SPECS, Map.of("fold", "5", "root", "/d")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("unknown option 'fold'")
        .hasMessageContaining("folds (integer)")
        .hasMessageContaining("route (auto|primal|dual)");
  }

  @Test
  void badValuesAndMissingRequiredOptionsAreExplained() {
    assertThatThrownBy(() -> Options.parse("x", SPECS, Map.of("folds", "eight", "root", "/d")))
        .hasMessageContaining("expected an integer").hasMessageContaining("'eight'");
    assertThatThrownBy(() -> Options.parse("x", SPECS, Map.of("route", "fast", "root", "/d")))
        .hasMessageContaining("one of auto, primal, dual");
    assertThatThrownBy(() -> Options.parse("x", SPECS, Map.of("scale", "yes", "root", "/d")))
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> Options.parse("x", SPECS, Map.of()))
        .hasMessageContaining("needs option 'root'");
  }
}
