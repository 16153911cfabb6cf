package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfrastructureTopologyTest {

  static Node node(String name) {
    return new NodeBuilder().withNewMetadata().withName(name).endMetadata().build();
  }

  static Node cordoned(String name) {
    return new NodeBuilder(node(name)).withNewSpec().withUnschedulable(true).endSpec().build();
  }

  static Node tainted(String name, String effect) {
    return new NodeBuilder(node(name))
        .withNewSpec()
        .addNewTaint()
        .withKey("node-role.kubernetes.io/control-plane")
        .withEffect(effect)
        .endTaint()
        .endSpec()
        .build();
  }

  @Test
  void oneNodeIsNotHighlyAvailableAndRunsOneReplica() {
    boolean ha = InfrastructureTopology.highlyAvailable(List.of(node("a")));
    assertThat(ha).isFalse();
    assertThat(InfrastructureTopology.operatorReplicas(ha)).isEqualTo(1);
  }

  @Test
  void noNodesIsNotHighlyAvailable() {
    assertThat(InfrastructureTopology.highlyAvailable(List.of())).isFalse();
  }

  @Test
  void twoSchedulableNodesAreHighlyAvailableAndRunTwoReplicas() {
    boolean ha = InfrastructureTopology.highlyAvailable(List.of(node("a"), node("b"), node("c")));
    assertThat(ha).isTrue();
    assertThat(InfrastructureTopology.operatorReplicas(ha)).isEqualTo(2);
  }

  @Test
  void cordonedAndRepellingTaintedNodesDoNotCount() {
    assertThat(
            InfrastructureTopology.highlyAvailable(
                List.of(node("a"), cordoned("b"), tainted("cp", "NoSchedule"))))
        .isFalse();
    assertThat(
            InfrastructureTopology.highlyAvailable(List.of(node("a"), tainted("cp", "NoExecute"))))
        .isFalse();
  }

  @Test
  void aPreferNoScheduleTaintStillCounts() {
    assertThat(InfrastructureTopology.schedulable(tainted("cp", "PreferNoSchedule"))).isTrue();
    assertThat(
            InfrastructureTopology.highlyAvailable(
                List.of(node("a"), tainted("cp", "PreferNoSchedule"))))
        .isTrue();
  }
}
