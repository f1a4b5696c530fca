package org.brainalign.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping and number formatting on the page. */
class HtmlTest {
  @Test
  void escapesEveryMarkupCharacter() {
    assertThat(Html.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
  }

  @Test
  void numbersAreShortAndTextIsKept() {
    assertThat(Html.number("11.0")).isEqualTo("11");
    assertThat(Html.number("0.1")).isEqualTo("0.1");
    assertThat(Html.number("0.57994987646")).isEqualTo("0.5799");
    assertThat(Html.number("-0.3949019510090466")).isEqualTo("-0.3949");
    assertThat(Html.number("12.5")).isEqualTo("12.5");
    assertThat(Html.number("0.00001234")).isEqualTo("1.234e-05");
    assertThat(Html.number("NaN")).isEmpty();
    assertThat(Html.number("3.1.1")).isEqualTo("3.1.1");
    assertThat(Html.number("shared_dimensionality")).isEqualTo("shared_dimensionality");
  }
}
