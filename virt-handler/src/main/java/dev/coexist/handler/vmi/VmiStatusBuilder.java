package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.Interface;
import dev.coexist.crds.kubevirt.v1.Network;
import dev.coexist.crds.kubevirt.v1.PhaseTransitionTimestamp;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionReason;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionType;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceNetworkInterface;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.model.Condition;
import dev.coexist.handler.ModelJson;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodIP;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a VMI's whole status from its current status and a sync's {@link StatusInputs}: node
 * name, phase (with transition timestamps and a reason for final phases), conditions Ready, Paused,
 * SoftwareEmulation and Synchronized, and the pod-network interfaces. Keeps {@code
 * lastTransitionTime} of a condition whose status and reason did not change, so an unchanged VMI
 * yields an equal status. Pure.
 */
public final class VmiStatusBuilder {
  private static final KubernetesSerialization COPIER = ModelJson.SHARED;

  private VmiStatusBuilder() {}

  /** The status the VMI should have. The VMI is not modified. */
  public static VirtualMachineInstanceStatus build(VirtualMachineInstance vmi, StatusInputs in) {
    VirtualMachineInstanceStatus status =
        vmi.getStatus() == null
            ? new VirtualMachineInstanceStatus()
            : COPIER.clone(vmi.getStatus());
    String now = in.now().truncatedTo(ChronoUnit.SECONDS).toString();
    if (status.getNodeName() == null) {
      status.setNodeName(in.nodeName());
    }
    VirtualMachineInstancePhase before =
        Optional.ofNullable(status.getPhase()).orElse(VirtualMachineInstancePhase.UNSET);
    PhaseOutcome outcome = PhaseMapping.map(before, in.observation());
    if (outcome.phase() != before) {
      status.setPhase(outcome.phase());
      List<PhaseTransitionTimestamp> ts =
          new ArrayList<>(
              Optional.ofNullable(status.getPhaseTransitionTimestamps()).orElse(List.of()));
      PhaseTransitionTimestamp t = new PhaseTransitionTimestamp();
      t.setPhase(outcome.phase().value());
      t.setPhaseTransitionTimestamp(now);
      ts.add(t);
      status.setPhaseTransitionTimestamps(ts);
      if (outcome.reason() != null) {
        status.setReason(outcome.reason());
      }
    }
    VirtualMachineInstancePhase phase = outcome.phase();
    Optional<DomainStatus> domain = in.observation().domain();
    List<Condition> conditions =
        new ArrayList<>(Optional.ofNullable(status.getConditions()).orElse(List.of()));
    ready(conditions, phase, domain, in.observation().stopRequested(), now);
    ReadinessGate.apply(conditions, vmi, in.pod()).ifPresent(r -> put(conditions, r, now));
    paused(conditions, phase, domain, now);
    emulation(conditions, phase, in, now);
    synchronizedCondition(conditions, in.observation(), now);
    status.setConditions(conditions.isEmpty() ? null : conditions);
    if (phase == VirtualMachineInstancePhase.RUNNING
        && domain.map(DomainStatus::active).orElse(false)) {
      List<VirtualMachineInstanceNetworkInterface> ifaces = interfaces(vmi, in.pod());
      if (!ifaces.isEmpty()) {
        status.setInterfaces(ifaces);
      }
    }
    return status;
  }

  private static void ready(
      List<Condition> conditions,
      VirtualMachineInstancePhase phase,
      Optional<DomainStatus> domain,
      boolean stopRequested,
      String now) {
    boolean running =
        phase == VirtualMachineInstancePhase.RUNNING
            && domain
                .map(d -> d.state() == DomainState.RUNNING || d.state() == DomainState.BLOCKED)
                .orElse(false);
    if (running && !stopRequested) {
      put(conditions, VirtualMachineInstanceConditionType.READY, Condition.TRUE, null, null, now);
    } else {
      String reason =
          stopRequested
              ? VirtualMachineInstanceConditionReason.POD_TERMINATING.value()
              : VirtualMachineInstanceConditionReason.GUEST_NOT_RUNNING.value();
      String message =
          domain
              .map(d -> "domain is " + d.state().name().toLowerCase() + " (" + d.reason() + ")")
              .orElse("the launcher has not reported a domain");
      put(
          conditions,
          VirtualMachineInstanceConditionType.READY,
          Condition.FALSE,
          reason,
          message,
          now);
    }
  }

  private static void paused(
      List<Condition> conditions,
      VirtualMachineInstancePhase phase,
      Optional<DomainStatus> domain,
      String now) {
    Optional<DomainStatus> paused =
        domain.filter(
            d -> phase == VirtualMachineInstancePhase.RUNNING && d.state() == DomainState.PAUSED);
    if (paused.isEmpty()) {
      remove(conditions, VirtualMachineInstanceConditionType.PAUSED);
      return;
    }
    String reason =
        "ioerror".equals(paused.get().reason())
            ? VirtualMachineInstanceConditionReason.PAUSED_IOERROR.value()
            : VirtualMachineInstanceConditionReason.PAUSED_BY_USER.value();
    put(
        conditions,
        VirtualMachineInstanceConditionType.PAUSED,
        Condition.TRUE,
        reason,
        "VMI was paused (" + paused.get().reason() + ")",
        now);
  }

  private static void emulation(
      List<Condition> conditions, VirtualMachineInstancePhase phase, StatusInputs in, String now) {
    if (!in.virtualization().emulation() || PhaseMapping.beforeRunning(phase)) {
      return;
    }
    put(
        conditions,
        VirtualMachineInstanceConditionType.SOFTWARE_EMULATION,
        Condition.TRUE,
        VmiReasons.SOFTWARE_EMULATION,
        in.virtualization().message(),
        now);
  }

  private static void synchronizedCondition(
      List<Condition> conditions, Observation obs, String now) {
    if (obs.syncFailure().isEmpty()) {
      if (obs.domain().map(DomainStatus::active).orElse(false)) {
        remove(conditions, VirtualMachineInstanceConditionType.SYNCHRONIZED);
      }
      return;
    }
    Observation.SyncFailure f = obs.syncFailure().get();
    String reason =
        f.reason() == ErrorReason.INVALID_SPEC ? VmiReasons.INVALID_SPEC : VmiReasons.SYNC_FAILED;
    put(
        conditions,
        VirtualMachineInstanceConditionType.SYNCHRONIZED,
        Condition.FALSE,
        reason,
        f.message(),
        now);
  }

  /** The interfaces of the VMI as far as the handler knows them: names, MACs and the pod IP. */
  static List<VirtualMachineInstanceNetworkInterface> interfaces(
      VirtualMachineInstance vmi, Optional<Pod> pod) {
    List<String> podIps =
        pod.map(Pod::getStatus)
            .map(
                s -> {
                  List<String> ips = new ArrayList<>();
                  Optional.ofNullable(s.getPodIPs()).orElse(List.of()).stream()
                      .map(PodIP::getIp)
                      .filter(Objects::nonNull)
                      .forEach(ips::add);
                  if (ips.isEmpty() && s.getPodIP() != null) {
                    ips.add(s.getPodIP());
                  }
                  return ips;
                })
            .orElse(List.of());
    List<VirtualMachineInstanceNetworkInterface> out = new ArrayList<>();
    for (InterfaceOnNetwork i : InterfaceOnNetwork.of(vmi)) {
      VirtualMachineInstanceNetworkInterface s = new VirtualMachineInstanceNetworkInterface();
      s.setName(i.name());
      s.setMac(i.mac());
      s.setInfoSource("domain");
      if (i.podNetwork()) {
        if (!podIps.isEmpty()) {
          s.setIpAddress(podIps.get(0));
          s.setIpAddresses(List.copyOf(podIps));
        }
        s.setPodInterfaceName("eth0");
      }
      out.add(s);
    }
    return out;
  }

  private static void put(List<Condition> conditions, ReadinessGate.NotReady r, String now) {
    put(
        conditions,
        VirtualMachineInstanceConditionType.READY,
        Condition.FALSE,
        r.reason(),
        r.message(),
        now);
  }

  private static void put(
      List<Condition> conditions,
      VirtualMachineInstanceConditionType type,
      String status,
      String reason,
      String message,
      String now) {
    Optional<Condition> old =
        conditions.stream().filter(c -> type.value().equals(c.getType())).findFirst();
    Condition c = new Condition(type.value(), status, reason, message);
    c.setLastProbeTime(old.map(Condition::getLastProbeTime).orElse(null));
    boolean same =
        old.map(o -> status.equals(o.getStatus()) && Objects.equals(reason, o.getReason()))
            .orElse(false);
    c.setLastTransitionTime(same ? old.get().getLastTransitionTime() : now);
    if (old.isPresent()) {
      conditions.set(conditions.indexOf(old.get()), c);
    } else {
      conditions.add(c);
    }
  }

  private static void remove(List<Condition> conditions, VirtualMachineInstanceConditionType type) {
    conditions.removeIf(c -> type.value().equals(c.getType()));
  }

  /** A spec interface with the kind of network it is attached to. */
  record InterfaceOnNetwork(String name, String mac, boolean podNetwork) {
    static List<InterfaceOnNetwork> of(VirtualMachineInstance vmi) {
      var spec = vmi.getSpec();
      List<Interface> ifaces =
          spec == null || spec.getDomain() == null || spec.getDomain().getDevices() == null
              ? List.of()
              : Optional.ofNullable(spec.getDomain().getDevices().getInterfaces())
                  .orElse(List.of());
      List<Network> networks =
          spec == null ? List.of() : Optional.ofNullable(spec.getNetworks()).orElse(List.of());
      List<InterfaceOnNetwork> out = new ArrayList<>();
      if (ifaces.isEmpty()) {
        boolean autoattach =
            spec == null
                || spec.getDomain() == null
                || spec.getDomain().getDevices() == null
                || !Boolean.FALSE.equals(spec.getDomain().getDevices().getAutoattachPodInterface());
        if (autoattach && networks.isEmpty()) {
          out.add(new InterfaceOnNetwork("default", null, true));
        }
        return out;
      }
      for (Interface i : ifaces) {
        boolean pod =
            networks.stream()
                .filter(n -> Objects.equals(n.getName(), i.getName()))
                .findFirst()
                .map(n -> n.getPod() != null)
                .orElse(networks.isEmpty());
        out.add(new InterfaceOnNetwork(i.getName(), i.getMacAddress(), pod));
      }
      return out;
    }
  }

  /** For tests: a fixed clock value as the builder formats it. */
  static String format(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
