package org.brainalign.plugins.nsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.extension.InvalidOptionException;
import org.junit.jupiter.api.Test;

class SessionSelectionTest {

  @Test
  void parsesAllNumbersAndRanges() {
    assertThat(SessionSelection.parse("all").all()).isTrue();
    assertThat(SessionSelection.parse("1-10").numbers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(SessionSelection.parse("[5-7,1,3,3]").numbers()).containsExactly(1, 3, 5, 6, 7);
    assertThat(SessionSelection.parse("2").numbers()).containsExactly(2);
  }

  @Test
  void rejectsMalformed() {
    for (String bad : List.of("0", "3-1", "a", "1-", "", "-2", "1,,2")) {
      assertThatThrownBy(() -> SessionSelection.parse(bad)).as(bad)
          .isInstanceOf(InvalidOptionException.class).hasMessageContaining("sessions");
    }
  }

  @Test
  void resolvesAgainstDisk() {
    assertThat(SessionSelection.parse("all").resolve(List.of(1, 2, 3), "d")).containsExactly(1, 2, 3);
    assertThat(SessionSelection.parse("[1,3]").resolve(List.of(1, 2, 3), "d")).containsExactly(1, 3);
    assertThatThrownBy(() -> SessionSelection.parse("4").resolve(List.of(1, 2, 3), "dir"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("betas_session04.hdf5").hasMessageContaining("[1, 2, 3]");
  }
}
