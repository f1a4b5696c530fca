package org.brainalign.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link OptionSpec#choice(String, Enum, String)}: an enum declares a choice option once. */
class OptionChoiceTest {
  enum Route implements OptionChoice { AUTO, PRIMAL, DUAL_GRAM }

  enum Spelled implements OptionChoice {
    FITHRF;

    @Override
    public String id() {
      return "fithrf_GLMdenoise_RR";
    }
  }

  static final OptionSpec<Route> ROUTE = OptionSpec.choice("route", Route.AUTO, "route");

  @Test
  void theWordsAreTheConstantsInDeclarationOrderAndTheDefaultIsAWord() {
    assertThat(ROUTE.type()).isEqualTo(OptionType.CHOICE);
    assertThat(ROUTE.choices()).containsExactly("auto", "primal", "dual-gram");
    assertThat(ROUTE.defaultValue()).isEqualTo("auto");
    assertThat(ROUTE.valueType()).isEqualTo(Route.class);
    assertThat(ROUTE.signature()).isEqualTo("route (auto|primal|dual-gram)");
  }

  @Test
  void getReturnsTheConstantGivenOrDefault() {
    Route given = Options.parse("x", List.of(ROUTE), Map.of("route", "dual-gram")).get(ROUTE);
    assertThat(given).isSameAs(Route.DUAL_GRAM);
    assertThat(Options.defaults("x", List.of(ROUTE)).get(ROUTE)).isSameAs(Route.AUTO);
    assertThat(Options.parse("x", List.of(ROUTE), Map.of("route", "primal")).asMap())
        .containsEntry("route", "primal");
  }

  @Test
  void anUnknownWordIsRefusedWithTheWords() {
    assertThat(message(List.of(ROUTE))).isEqualTo("option 'route' of 'x': expected one of auto, primal, dual-gram, found 'gram'");
  }

  private static String message(List<OptionSpec<?>> specs) {
    try {
      Options.parse("x", specs, Map.of("route", "gram"));
    } catch (InvalidOptionException e) {
      return e.getMessage();
    }
    throw new AssertionError("'gram' was accepted");
  }

  @Test
  void anEnumMayOverrideItsWord() {
    OptionSpec<Spelled> betas = OptionSpec.choice("betas", Spelled.FITHRF, "betas");
    assertThat(betas.choices()).containsExactly("fithrf_GLMdenoise_RR");
    assertThat(Options.parse("x", List.of(betas), Map.of("betas", "fithrf_GLMdenoise_RR"))
        .get(betas)).isSameAs(Spelled.FITHRF);
    assertThat(OptionChoice.of(Spelled.class, "fithrf_GLMdenoise_RR")).isSameAs(Spelled.FITHRF);
  }

  @Test
  void handlesOfTheSameKeyOverOtherEnumsDiffer() {
    OptionSpec<Spelled> other = OptionSpec.choice("route", Spelled.FITHRF, "route");
    assertThat(ROUTE).isNotEqualTo(other);
    Options o = Options.defaults("x", List.of(other));
    assertThatThrownBy(() -> o.get(ROUTE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differs from its declaration");
  }

  @Test
  void lookupByWordNamesTheWordsWhenNoneMatches() {
    assertThat(OptionChoice.of(Route.class, "primal")).isSameAs(Route.PRIMAL);
    assertThatThrownBy(() -> OptionChoice.of(Route.class, "PRIMAL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected one of auto, primal, dual-gram, found 'PRIMAL'");
  }
}
