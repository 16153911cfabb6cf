package dev.coexist.operator.webhook;

import java.util.List;

/** The contract against the fake used by {@link AdmissionHandlerTest}. */
class FakeWorkloadsTest extends WorkloadsContract {

  @Override
  Workloads withVms(List<String> vmNames) {
    return new AdmissionHandlerTest.FixedWorkloads(
        new Workloads.Inventory(
            vmNames.stream().sorted().map(n -> namespace() + "/" + n).toList(), List.of()));
  }

  @Override
  String namespace() {
    return "ns";
  }
}
