package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.hco.v1beta1.HyperConvergedStatus;
import dev.coexist.crds.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HcoStatusBuilderTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static List<Condition> comp(String available, String progressing, String degraded) {
    return List.of(
        new Condition("Available", available, "R", "avail msg"),
        new Condition("Progressing", progressing, "R", "progress msg"),
        new Condition("Degraded", degraded, "R", "degraded msg"));
  }

  static final List<Condition> OK = comp("True", "False", "False");

  static HyperConvergedStatus build(
      HyperConvergedStatus previous,
      List<Condition> kv,
      List<Condition> cdi,
      boolean rolloutComplete,
      String error,
      String version,
      Instant now) {
    return HcoStatusBuilder.build(
        new HcoStatusBuilder.Inputs(
            previous,
            7L,
            now,
            version,
            List.of(
                new HcoStatusBuilder.Component("KubeVirt", kv),
                new HcoStatusBuilder.Component("CDI", cdi)),
            rolloutComplete,
            error,
            List.of(new ObjectReferenceBuilder().withKind("KubeVirt").withName("kv").build()),
            false));
  }

  @Test
  void infrastructureHighlyAvailableIsWhatTheTopologySays() {
    HyperConvergedStatus single = build(null, OK, OK, true, null, "1", T0);
    assertThat(single.getInfrastructureHighlyAvailable()).isFalse();
    HyperConvergedStatus multi =
        HcoStatusBuilder.build(
            new HcoStatusBuilder.Inputs(
                single,
                7L,
                T0,
                "1",
                List.of(
                    new HcoStatusBuilder.Component("KubeVirt", OK),
                    new HcoStatusBuilder.Component("CDI", OK)),
                true,
                null,
                List.of(),
                true));
    assertThat(multi.getInfrastructureHighlyAvailable()).isTrue();
    assertThat(multi).isNotEqualTo(single);
  }

  static Condition cond(HyperConvergedStatus s, String type) {
    return s.getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElseThrow();
  }

  static Stream<Arguments> table() {
    // kubevirt, cdi, rollout complete, error -> Available, Progressing, Degraded, Upgradeable,
    // ReconcileComplete, a reason that must show
    return Stream.of(
        Arguments.of(OK, OK, true, null, "True", "False", "False", "True", "True", "AsExpected"),
        Arguments.of(
            null, OK, true, null, "False", "True", "False", "False", "True", "KubeVirtConditions"),
        Arguments.of(
            comp("False", "False", "False"),
            OK,
            true,
            null,
            "False",
            "False",
            "False",
            "True",
            "True",
            "KubeVirtNotAvailable"),
        Arguments.of(
            OK,
            comp("True", "False", "True"),
            true,
            null,
            "True",
            "False",
            "True",
            "True",
            "True",
            "CDIDegraded"),
        Arguments.of(
            comp("True", "True", "False"),
            OK,
            true,
            null,
            "True",
            "True",
            "False",
            "False",
            "True",
            "KubeVirtProgressing"),
        Arguments.of(
            comp("True", "True", "False"),
            OK,
            false,
            null,
            "True",
            "True",
            "False",
            "False",
            "True",
            "HCOUpgrading"),
        Arguments.of(OK, OK, true, "boom", "True", "False", "False", "True", "False", "AsExpected"),
        // worst wins: KubeVirt unavailable and CDI degraded both show
        Arguments.of(
            comp("False", "False", "False"),
            comp("True", "False", "True"),
            true,
            null,
            "False",
            "False",
            "True",
            "True",
            "True",
            "KubeVirtNotAvailable"));
  }

  @ParameterizedTest
  @MethodSource("table")
  void aggregatesTheWorstState(
      List<Condition> kv,
      List<Condition> cdi,
      boolean rollout,
      String error,
      String available,
      String progressing,
      String degraded,
      String upgradeable,
      String reconcileComplete,
      String expectedReason) {
    HyperConvergedStatus s = build(null, kv, cdi, rollout, error, "v1", T0);
    assertThat(cond(s, "Available").getStatus()).isEqualTo(available);
    assertThat(cond(s, "Progressing").getStatus()).isEqualTo(progressing);
    assertThat(cond(s, "Degraded").getStatus()).isEqualTo(degraded);
    assertThat(cond(s, "Upgradeable").getStatus()).isEqualTo(upgradeable);
    assertThat(cond(s, "ReconcileComplete").getStatus()).isEqualTo(reconcileComplete);
    assertThat(s.getConditions()).extracting(Condition::getReason).contains(expectedReason);
    assertThat(s.getObservedGeneration()).isEqualTo(7L);
    assertThat(s.getRelatedObjects()).hasSize(1);
  }

  @Test
  void versionIsWrittenOnlyOnceSettled() {
    HyperConvergedStatus rolling = build(null, OK, OK, false, null, "v1", T0);
    assertThat(rolling.getVersions()).isNull();
    HyperConvergedStatus settled = build(rolling, OK, OK, true, null, "v1", T0);
    assertThat(HcoStatusBuilder.operatorVersion(settled)).contains("v1");
  }

  @Test
  void newOperatorVersionUpgradesUntilTheRolloutIsDone() {
    HyperConvergedStatus old = build(null, OK, OK, true, null, "v1", T0);
    HyperConvergedStatus upgrading = build(old, OK, OK, false, null, "v2", T0.plusSeconds(5));
    assertThat(cond(upgrading, "Progressing").getReason()).isEqualTo("HCOUpgrading");
    assertThat(cond(upgrading, "Progressing").getMessage())
        .isEqualTo("upgrading from v1 to v2: the virt-handler DaemonSet is rolling out");
    assertThat(cond(upgrading, "Upgradeable").getStatus()).isEqualTo("False");
    assertThat(cond(upgrading, "Upgradeable").getReason()).isEqualTo("HCOUpgrading");
    assertThat(HcoStatusBuilder.operatorVersion(upgrading)).contains("v1");
    // Rolled out, but KubeVirt still reports Progressing: still upgrading, HCO's reason wins.
    HyperConvergedStatus waiting =
        build(upgrading, comp("True", "True", "False"), OK, true, null, "v2", T0.plusSeconds(7));
    assertThat(cond(waiting, "Progressing").getReason()).isEqualTo("HCOUpgrading");
    assertThat(cond(waiting, "Upgradeable").getReason()).isEqualTo("HCOUpgrading");
    assertThat(HcoStatusBuilder.operatorVersion(waiting)).contains("v1");
    HyperConvergedStatus done = build(waiting, OK, OK, true, null, "v2", T0.plusSeconds(9));
    assertThat(cond(done, "Progressing").getStatus()).isEqualTo("False");
    assertThat(cond(done, "Upgradeable").getStatus()).isEqualTo("True");
    assertThat(HcoStatusBuilder.operatorVersion(done)).contains("v2");
  }

  @Test
  void unchangedWorldGivesAnEqualStatusWithTheOldTransitionTimes() {
    HyperConvergedStatus first = build(null, OK, OK, true, null, "v1", T0);
    HyperConvergedStatus again = build(first, OK, OK, true, null, "v1", T0.plusSeconds(300));
    assertThat(again).isEqualTo(first);
    HyperConvergedStatus broken =
        build(again, comp("False", "False", "False"), OK, true, null, "v1", T0.plusSeconds(400));
    assertThat(cond(broken, "Available").getLastTransitionTime())
        .isNotEqualTo(cond(first, "Available").getLastTransitionTime());
    assertThat(cond(broken, "Degraded").getLastTransitionTime())
        .isEqualTo(cond(first, "Degraded").getLastTransitionTime());
  }
}
