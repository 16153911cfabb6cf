package dev.coexist.operator;

import dev.coexist.crds.kubevirt.v1.PhaseTransitionTimestamp;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.vm.model.VirtualMachineInstanceModel;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test VMs and VMIs built from YAML, KubeVirt's libvmi-style. */
public final class Fixtures {

  public static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  public static final String VM_YAML =
      String.join(
          "\n",
          "apiVersion: kubevirt.io/v1",
          "kind: VirtualMachine",
          "metadata: {name: vm1, namespace: ns1, uid: vm-uid-1, generation: 1}",
          "spec:",
          "  runStrategy: Always",
          "  template:",
          "    metadata: {labels: {app: demo, kubevirt.io/domain: vm1}, annotations: {a: b}}",
          "    spec:",
          "      terminationGracePeriodSeconds: 20",
          "      nodeSelector: {disk: fast}",
          "      tolerations: [{key: k, operator: Exists, effect: NoSchedule}]",
          "      priorityClassName: high",
          "      domain:",
          "        cpu: {cores: 1}",
          "        memory: {guest: 256Mi}",
          "        devices:",
          "          tpm: {}",
          "          disks: [{name: root, disk: {bus: virtio}}, {name: data, disk: {bus: virtio}}]",
          "      volumes:",
          "      - {name: root, containerDisk: {image: localhost/coexist/tiny-guest:latest}}",
          "      - {name: data, persistentVolumeClaim: {claimName: data-pvc}}",
          "      - {name: ci, cloudInitNoCloud: {userData: \"#cloud-config\"}}",
          "");

  private Fixtures() {}

  public static <T> T parse(String yaml, Class<T> type) {
    return SERIALIZATION.unmarshal(yaml, type);
  }

  public static VirtualMachine vm() {
    return parse(VM_YAML, VirtualMachine.class);
  }

  /** The VMI vm() would create, with a UID and the given phase (null: no status). */
  public static VirtualMachineInstance vmi(VirtualMachinePhaseSpec p) {
    VirtualMachineInstance v = VirtualMachineInstanceModel.from(vm());
    v.getMetadata().setUid(p.uid());
    if (p.phase() != null) {
      VirtualMachineInstanceStatus s = new VirtualMachineInstanceStatus();
      s.setPhase(p.phase());
      List<PhaseTransitionTimestamp> ts = new ArrayList<>();
      for (VirtualMachineInstancePhase seen : p.history()) {
        PhaseTransitionTimestamp t = new PhaseTransitionTimestamp();
        t.setPhase(seen.value());
        t.setPhaseTransitionTimestamp("2026-11-27T02:59:00Z");
        ts.add(t);
      }
      s.setPhaseTransitionTimestamps(ts.isEmpty() ? null : ts);
      v.setStatus(s);
    }
    if (p.deleting()) {
      v.getMetadata().setDeletionTimestamp("2026-11-27T02:59:30Z");
    }
    return v;
  }

  public static VirtualMachineInstance vmi(VirtualMachineInstancePhase phase) {
    return vmi(new VirtualMachinePhaseSpec("vmi-uid-1", phase, List.of(phase), false));
  }

  /** A VMI that failed without ever running. */
  public static VirtualMachineInstance failedEarly(String uid) {
    return vmi(
        new VirtualMachinePhaseSpec(
            uid,
            VirtualMachineInstancePhase.FAILED,
            List.of(VirtualMachineInstancePhase.SCHEDULING, VirtualMachineInstancePhase.FAILED),
            false));
  }

  /** A VMI that ran, then failed (QEMU died). */
  public static VirtualMachineInstance failedAfterRunning(String uid) {
    return vmi(
        new VirtualMachinePhaseSpec(
            uid,
            VirtualMachineInstancePhase.FAILED,
            List.of(VirtualMachineInstancePhase.RUNNING, VirtualMachineInstancePhase.FAILED),
            false));
  }

  public static VirtualMachineInstance withCondition(
      VirtualMachineInstance v, String type, String status, String reason) {
    VirtualMachineInstanceStatus s =
        Optional.ofNullable(v.getStatus()).orElseGet(VirtualMachineInstanceStatus::new);
    List<Condition> cs = new ArrayList<>(Optional.ofNullable(s.getConditions()).orElse(List.of()));
    cs.add(new Condition(type, status, reason, "msg"));
    s.setConditions(cs);
    v.setStatus(s);
    return v;
  }

  /** How to build a test VMI. */
  public record VirtualMachinePhaseSpec(
      String uid,
      VirtualMachineInstancePhase phase,
      List<VirtualMachineInstancePhase> history,
      boolean deleting) {}
}
