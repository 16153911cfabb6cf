package dev.coexist.operator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Workloads} does; run against the fake and the API-server one. */
abstract class WorkloadsContract {

  /** A Workloads seeing exactly these VMs (names in {@link #namespace()}) and no DataVolumes. */
  abstract Workloads withVms(List<String> vmNames) throws Exception;

  abstract String namespace();

  @Test
  void nothingIsEmpty() throws Exception {
    Workloads.Inventory inv = withVms(List.of()).list();
    assertThat(inv.empty()).isTrue();
    assertThat(inv.virtualMachines()).isEmpty();
    assertThat(inv.dataVolumes()).isEmpty();
  }

  @Test
  void vmsAreListedAsNamespaceSlashNameSorted() throws Exception {
    Workloads.Inventory inv = withVms(List.of("zeta", "alpha")).list();
    assertThat(inv.empty()).isFalse();
    assertThat(inv.virtualMachines())
        .containsExactly(namespace() + "/alpha", namespace() + "/zeta");
    assertThat(inv.dataVolumes()).isEmpty();
  }
}
