package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.cdi.v1beta1.CdiPhase;
import dev.coexist.crds.cdi.v1beta1.CdiStatus;
import dev.coexist.crds.kubevirt.v1.KubeVirtPhase;
import dev.coexist.crds.kubevirt.v1.KubeVirtStatus;
import dev.coexist.crds.model.Condition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComponentStatusesTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static DaemonSet ds(long gen, long observed, int desired, int updated, int available) {
    return new DaemonSetBuilder()
        .withNewMetadata()
        .withName("virt-handler")
        .withGeneration(gen)
        .endMetadata()
        .withNewStatus()
        .withObservedGeneration(observed)
        .withDesiredNumberScheduled(desired)
        .withUpdatedNumberScheduled(updated)
        .withNumberAvailable(available)
        .withNumberUnavailable(desired - available)
        .endStatus()
        .build();
  }

  @ParameterizedTest(name = "gen {0} observed {1} desired {2} updated {3} available {4}")
  @CsvSource({
    // gen, observed, desired, updated, available, complete
    "1, 1, 1, 1, 1, true",
    "2, 1, 1, 1, 1, false", // new template not yet observed
    "2, 2, 1, 0, 1, false", // old pod still running
    "2, 2, 1, 1, 0, false", // new pod not yet available
    "3, 3, 2, 2, 2, true",
  })
  void rolloutCompleteness(
      long gen, long observed, int desired, int updated, int available, boolean complete) {
    assertThat(
            ComponentStatuses.Rollout.of(ds(gen, observed, desired, updated, available)).complete())
        .isEqualTo(complete);
  }

  static Map<String, String> statuses(KubeVirtStatus s) {
    return s.getConditions().stream()
        .collect(Collectors.toMap(Condition::getType, Condition::getStatus));
  }

  @Test
  void readyHandlerMeansDeployedAndAvailable() {
    KubeVirtStatus s =
        ComponentStatuses.kubeVirt(
            null, ComponentStatuses.Rollout.of(ds(1, 1, 1, 1, 1)), "v1", 1L, T0);
    assertThat(statuses(s))
        .containsEntry("Available", "True")
        .containsEntry("Progressing", "False")
        .containsEntry("Degraded", "False");
    assertThat(s.getPhase()).isEqualTo(KubeVirtPhase.DEPLOYED);
    assertThat(s.getObservedKubeVirtVersion()).isEqualTo("v1");
  }

  @Test
  void missingHandlerIsNotAvailableAndDeploying() {
    KubeVirtStatus s =
        ComponentStatuses.kubeVirt(null, ComponentStatuses.Rollout.MISSING, "v1", 1L, T0);
    assertThat(statuses(s))
        .containsEntry("Available", "False")
        .containsEntry("Progressing", "True");
    assertThat(s.getPhase()).isEqualTo(KubeVirtPhase.DEPLOYING);
  }

  @Test
  void rollingHandlerStaysAvailableButProgresses() {
    KubeVirtStatus s =
        ComponentStatuses.kubeVirt(
            null, ComponentStatuses.Rollout.of(ds(2, 2, 1, 0, 1)), "v2", 1L, T0);
    assertThat(statuses(s))
        .containsEntry("Available", "True")
        .containsEntry("Progressing", "True")
        .containsEntry("Degraded", "False");
  }

  @Test
  void settledButUnavailableHandlerIsDegraded() {
    KubeVirtStatus s =
        ComponentStatuses.kubeVirt(
            null, new ComponentStatuses.Rollout(true, 2, 0, true), "v1", 1L, T0);
    assertThat(statuses(s)).containsEntry("Available", "False").containsEntry("Degraded", "True");
  }

  @Test
  void unchangedInputGivesAnEqualStatus() {
    var r = ComponentStatuses.Rollout.of(ds(1, 1, 1, 1, 1));
    KubeVirtStatus first = ComponentStatuses.kubeVirt(null, r, "v1", 1L, T0);
    KubeVirtStatus again = ComponentStatuses.kubeVirt(first, r, "v1", 1L, T0.plusSeconds(60));
    assertThat(again).isEqualTo(first);
    CdiStatus c = ComponentStatuses.cdi(null, "v1", 1L, T0);
    assertThat(ComponentStatuses.cdi(c, "v1", 1L, T0.plusSeconds(60))).isEqualTo(c);
    assertThat(c.getPhase()).isEqualTo(CdiPhase.DEPLOYED);
  }
}
