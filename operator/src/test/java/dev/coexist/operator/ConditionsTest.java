package dev.coexist.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.model.Condition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");

  @Test
  void transitionTimeMovesOnlyWhenTheStatusChanges() {
    List<Condition> first = new Conditions(null, T0, 1L).set("Ready", "False", "A", "m").build();
    List<Condition> sameStatus =
        new Conditions(first, T0.plusSeconds(60), 2L).set("Ready", "False", "B", "m2").build();
    assertThat(sameStatus.get(0).getLastTransitionTime()).isEqualTo("2026-11-27T03:00:00Z");
    assertThat(sameStatus.get(0).getObservedGeneration()).isEqualTo(2L);
    List<Condition> flipped =
        new Conditions(sameStatus, T0.plusSeconds(120), 2L)
            .set("Ready", "True", null, null)
            .build();
    assertThat(flipped.get(0).getLastTransitionTime()).isEqualTo("2026-11-27T03:02:00Z");
  }

  @Test
  void unsetConditionsDisappearAndKeptOnesStay() {
    List<Condition> old =
        new Conditions(null, T0, 1L)
            .set("Ready", "False", "A", "m")
            .set("Other", "True", "X", "y")
            .build();
    List<Condition> next = new Conditions(old, T0, 1L).keep("Other").build();
    assertThat(next).extracting(Condition::getType).containsExactly("Other");
    assertThat(new Conditions(null, T0, 1L).build()).isNull();
  }
}
