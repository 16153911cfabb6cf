package dev.coexist.operator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.hco.v1beta1.HyperConvergedUninstallStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class UninstallPolicyTest {

  static final Workloads.Inventory NONE = new Workloads.Inventory(List.of(), List.of());
  static final Workloads.Inventory ONE_VM = new Workloads.Inventory(List.of("ns/vm1"), List.of());

  @Test
  void blocksByDefaultWhileWorkloadsExist() {
    UninstallPolicy.Decision d = UninstallPolicy.decide("kubevirt-hyperconverged", null, ONE_VM);
    assertThat(d.allowed()).isFalse();
    assertThat(d.message())
        .contains("BlockUninstallIfWorkloadsExist")
        .contains("1 VirtualMachine(s) and 0 DataVolume(s)")
        .contains("VirtualMachine ns/vm1")
        .contains("RemoveWorkloads");
  }

  @Test
  void allowsWithoutWorkloads() {
    assertThat(UninstallPolicy.decide("x", null, NONE).allowed()).isTrue();
  }

  @Test
  void removeWorkloadsAllows() {
    assertThat(
            UninstallPolicy.decide("x", HyperConvergedUninstallStrategy.REMOVE_WORKLOADS, ONE_VM)
                .allowed())
        .isTrue();
  }

  @Test
  void listsAFewAndCountsAll() {
    Workloads.Inventory many =
        new Workloads.Inventory(List.of("a/1", "a/2", "a/3"), List.of("b/dv"));
    String m = UninstallPolicy.decide("x", null, many).message();
    assertThat(m).contains("3 VirtualMachine(s) and 1 DataVolume(s)").contains(", ...");
    assertThat(m).doesNotContain("b/dv");
  }
}
