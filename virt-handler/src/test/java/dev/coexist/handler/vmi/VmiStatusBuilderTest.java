package dev.coexist.handler.vmi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.Probe;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.model.Condition;
import dev.coexist.handler.node.Virtualization;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VmiStatusBuilderTest {
  private static final String NODE = "node1";
  private static final Instant T0 = Instant.parse("2026-11-27T01:00:00.250Z");
  private static final Instant T1 = Instant.parse("2026-11-27T01:05:00Z");
  private static final Virtualization TCG =
      new Virtualization(true, Virtualization.KVM_PVM, "kvm_pvm: software emulation (TCG)");
  private static final Virtualization KVM = new Virtualization(false, Virtualization.KVM, "kvm");

  private static StatusInputs in(Pod pod, DomainState state, String reason, Instant now) {
    return new StatusInputs(
        NODE,
        Optional.of(pod),
        Observation.of(new DomainStatus("ns_vm", state, reason), false),
        TCG,
        now);
  }

  private static VirtualMachineInstance scheduled() {
    return TestVmis.vmi("ns", "vm")
        .phase(VirtualMachineInstancePhase.SCHEDULED, NODE)
        .podInterface("default", "02:00:00:00:00:01")
        .build();
  }

  private static Optional<Condition> condition(VirtualMachineInstanceStatus s, String type) {
    return s.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
  }

  @Test
  void aBootedDomainMakesTheVmiRunningAndReadyWithThePodIp() {
    VirtualMachineInstance vmi = scheduled();
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.7");
    VirtualMachineInstanceStatus s =
        VmiStatusBuilder.build(vmi, in(pod, DomainState.RUNNING, "booted", T0));
    assertThat(s.getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(s.getNodeName()).isEqualTo(NODE);
    assertThat(s.getPhaseTransitionTimestamps())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.getPhase()).isEqualTo("Running");
              assertThat(t.getPhaseTransitionTimestamp()).isEqualTo("2026-11-27T01:00:00Z");
            });
    assertThat(condition(s, "Ready")).get().extracting(Condition::getStatus).isEqualTo("True");
    assertThat(condition(s, "SoftwareEmulation"))
        .get()
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getMessage()).contains("kvm_pvm");
            });
    assertThat(condition(s, "Paused")).isEmpty();
    assertThat(s.getInterfaces())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getName()).isEqualTo("default");
              assertThat(i.getIpAddress()).isEqualTo("10.88.0.7");
              assertThat(i.getIpAddresses()).containsExactly("10.88.0.7");
              assertThat(i.getMac()).isEqualTo("02:00:00:00:00:01");
            });
    assertThat(vmi.getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.SCHEDULED);
  }

  @Test
  void anUnchangedObservationGivesAnEqualStatusSoNothingIsWritten() {
    VirtualMachineInstance vmi = scheduled();
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.7");
    vmi.setStatus(VmiStatusBuilder.build(vmi, in(pod, DomainState.RUNNING, "booted", T0)));
    VirtualMachineInstanceStatus again =
        VmiStatusBuilder.build(vmi, in(pod, DomainState.RUNNING, "booted", T1));
    assertThat(again).isEqualTo(vmi.getStatus());
  }

  @Test
  void pausingFlipsReadyAndAddsPausedWithANewTransitionTime() {
    VirtualMachineInstance vmi = scheduled();
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.7");
    vmi.setStatus(VmiStatusBuilder.build(vmi, in(pod, DomainState.RUNNING, "booted", T0)));
    VirtualMachineInstanceStatus s =
        VmiStatusBuilder.build(vmi, in(pod, DomainState.PAUSED, "user", T1));
    assertThat(s.getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(condition(s, "Paused"))
        .get()
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getReason()).isEqualTo("PausedByUser");
              assertThat(c.getLastTransitionTime()).isEqualTo("2026-11-27T01:05:00Z");
            });
    assertThat(condition(s, "Ready"))
        .get()
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("False");
              assertThat(c.getLastTransitionTime()).isEqualTo("2026-11-27T01:05:00Z");
            });
    assertThat(condition(s, "SoftwareEmulation").get().getLastTransitionTime())
        .isEqualTo("2026-11-27T01:00:00Z");
  }

  @Test
  void aKilledQemuFailsTheVmiWithAReasonAndReadyFalse() {
    VirtualMachineInstance vmi = scheduled();
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.7");
    vmi.setStatus(VmiStatusBuilder.build(vmi, in(pod, DomainState.RUNNING, "booted", T0)));
    VirtualMachineInstanceStatus s =
        VmiStatusBuilder.build(vmi, in(pod, DomainState.SHUT_OFF, "crashed", T1));
    assertThat(s.getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    assertThat(s.getReason()).isEqualTo("GuestCrashed");
    assertThat(s.getPhaseTransitionTimestamps()).hasSize(2);
    assertThat(condition(s, "Ready").get().getStatus()).isEqualTo("False");
    assertThat(s.getInterfaces()).hasSize(1);
  }

  @Test
  void kvmNodesGetNoSoftwareEmulationCondition() {
    VirtualMachineInstance vmi = scheduled();
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.7");
    StatusInputs kvm =
        new StatusInputs(
            NODE,
            Optional.of(pod),
            Observation.of(new DomainStatus("ns_vm", DomainState.RUNNING, "booted"), false),
            KVM,
            T0);
    assertThat(condition(VmiStatusBuilder.build(vmi, kvm), "SoftwareEmulation")).isEmpty();
  }

  @Test
  void aRejectedSpecFailsTheVmiAndNamesTheField() {
    VirtualMachineInstance vmi = scheduled();
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.7");
    StatusInputs bad =
        new StatusInputs(
            NODE,
            Optional.of(pod),
            Observation.of(DomainStatus.absent(), false)
                .withSyncFailure(
                    ErrorReason.INVALID_SPEC, "spec.domain.devices.disks[0].disk.bus: unknown"),
            TCG,
            T0);
    VirtualMachineInstanceStatus s = VmiStatusBuilder.build(vmi, bad);
    assertThat(s.getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    assertThat(s.getReason()).isEqualTo("InvalidSpec");
    assertThat(condition(s, "Synchronized"))
        .get()
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("False");
              assertThat(c.getMessage()).startsWith("spec.domain.devices.disks[0]");
            });
  }

  @Test
  void withoutInterfacesTheDefaultPodInterfaceIsReported() {
    VirtualMachineInstance vmi =
        TestVmis.vmi("ns", "vm").phase(VirtualMachineInstancePhase.SCHEDULED, NODE).build();
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.9");
    VirtualMachineInstanceStatus s =
        VmiStatusBuilder.build(vmi, in(pod, DomainState.RUNNING, "booted", T0));
    assertThat(s.getInterfaces())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getName()).isEqualTo("default");
              assertThat(i.getIpAddress()).isEqualTo("10.88.0.9");
            });
  }

  private static Pod withPodReady(Pod pod, String status, String reason) {
    pod.getStatus()
        .setConditions(
            List.of(
                new PodConditionBuilder()
                    .withType("Ready")
                    .withStatus(status)
                    .withReason(reason)
                    .build()));
    return pod;
  }

  private static VirtualMachineInstance withProbe(String yaml) {
    VirtualMachineInstance vmi = scheduled();
    vmi.getSpec().setReadinessProbe(Serialization.unmarshal("---\n" + yaml, Probe.class));
    return vmi;
  }

  @Test
  void withANetworkReadinessProbeReadyFollowsTheLauncherPod() {
    VirtualMachineInstance vmi = withProbe("{tcpSocket: {port: 80}}");
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.7");
    withPodReady(pod, "False", "ContainersNotReady");
    VirtualMachineInstanceStatus notYet =
        VmiStatusBuilder.build(vmi, in(pod, DomainState.RUNNING, "booted", T0));
    assertThat(notYet.getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(condition(notYet, "Ready"))
        .get()
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("False");
              assertThat(c.getReason()).isEqualTo(ReadinessGate.POD_NOT_READY);
              assertThat(c.getMessage()).contains("ContainersNotReady");
            });

    vmi.setStatus(notYet);
    withPodReady(pod, "True", null);
    VirtualMachineInstanceStatus ready =
        VmiStatusBuilder.build(vmi, in(pod, DomainState.RUNNING, "booted", T1));
    assertThat(condition(ready, "Ready")).get().extracting(Condition::getStatus).isEqualTo("True");
    assertThat(condition(ready, "Ready").get().getLastTransitionTime())
        .isEqualTo(VmiStatusBuilder.format(T1));
  }

  @Test
  void aPausedGuestIsNotReadyEvenWhenThePodIs() {
    VirtualMachineInstance vmi = withProbe("{httpGet: {port: 80, path: /}}");
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.7");
    withPodReady(pod, "True", null);
    VirtualMachineInstanceStatus s =
        VmiStatusBuilder.build(vmi, in(pod, DomainState.PAUSED, "user", T0));
    assertThat(condition(s, "Ready"))
        .get()
        .extracting(Condition::getReason)
        .isEqualTo("GuestNotRunning");
  }

  @Test
  void aGuestAgentReadinessProbeIsReportedAsUnsupported() {
    VirtualMachineInstance vmi = withProbe("{guestAgentPing: {}}");
    Pod pod = TestVmis.launcherPod(vmi, "11111111-2222-3333-4444-555555555555", "10.88.0.7");
    withPodReady(pod, "True", null);
    VirtualMachineInstanceStatus s =
        VmiStatusBuilder.build(vmi, in(pod, DomainState.RUNNING, "booted", T0));
    assertThat(condition(s, "Ready"))
        .get()
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("False");
              assertThat(c.getReason()).isEqualTo(ReadinessGate.PROBE_NOT_SUPPORTED);
              assertThat(c.getMessage()).contains("guestAgentPing");
            });
  }
}
