package dev.coexist.operator.vmi;

import dev.coexist.crds.kubevirt.v1.PhaseTransitionTimestamp;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionReason;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionType;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.model.ApiObjects;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.Timestamps;
import dev.coexist.operator.VmiFacts;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The VMI controller's rules as a pure function: create the launcher pod once the VMI can run,
 * follow the pod through Pending → Scheduling → Scheduled (then the handler owns the phase), fail
 * the VMI when its pod fails or disappears before Running, or when a container of the pod ends
 * before Running ({@link LauncherContainers}), and record every phase transition.
 */
public final class VmiPlanner {

  private static final Set<VirtualMachineInstancePhase> NOT_YET_SCHEDULED =
      EnumSet.of(
          VirtualMachineInstancePhase.UNSET,
          VirtualMachineInstancePhase.PENDING,
          VirtualMachineInstancePhase.SCHEDULING);

  private static final String SYNCHRONIZED =
      VirtualMachineInstanceConditionType.SYNCHRONIZED.value();
  private static final String POD_SCHEDULED =
      VirtualMachineInstanceConditionType.POD_SCHEDULED.value();

  private VmiPlanner() {}

  /**
   * The plan for a VMI that is not being deleted.
   *
   * @param pod the VMI's launcher pod, if the cache has one
   * @param blockers why the pod cannot be created yet: reason → message (FailedPvcNotFound,
   *     FailedCreate); empty when it can
   */
  public static VmiPlan plan(
      VirtualMachineInstance vmi, Optional<Pod> pod, Map<String, String> blockers, Instant now) {
    VirtualMachineInstanceStatus s =
        Optional.ofNullable(vmi.getStatus())
            .map(x -> ApiObjects.deepCopy(x, VirtualMachineInstanceStatus.class))
            .orElseGet(VirtualMachineInstanceStatus::new);
    VirtualMachineInstancePhase phase = VmiFacts.phase(vmi);
    if (VmiFacts.isFinal(vmi)) {
      VmiPlan.Action a =
          pod.filter(p -> p.getMetadata().getDeletionTimestamp() == null)
              .filter(p -> !podFinal(p))
              .map(p -> VmiPlan.Action.DELETE_POD)
              .orElse(VmiPlan.Action.NONE);
      return new VmiPlan(a, stamp(s, now), Optional.empty(), false);
    }
    if (pod.isEmpty()) {
      return noPod(s, phase, blockers, now);
    }
    return withPod(s, phase, pod.get(), now);
  }

  private static VmiPlan noPod(
      VirtualMachineInstanceStatus s,
      VirtualMachineInstancePhase phase,
      Map<String, String> blockers,
      Instant now) {
    if (!NOT_YET_SCHEDULED.contains(phase) || phase == VirtualMachineInstancePhase.SCHEDULING) {
      s.setPhase(VirtualMachineInstancePhase.FAILED);
      s.setReason("PodNotExists");
      setCondition(
          s,
          SYNCHRONIZED,
          Condition.FALSE,
          VirtualMachineInstanceConditionReason.POD_NOT_EXISTS.value(),
          "the launcher pod disappeared before the VMI ended",
          now);
      return new VmiPlan(VmiPlan.Action.NONE, stamp(s, now), Optional.empty(), true);
    }
    s.setPhase(VirtualMachineInstancePhase.PENDING);
    if (!blockers.isEmpty()) {
      Map.Entry<String, String> b = blockers.entrySet().iterator().next();
      setCondition(s, SYNCHRONIZED, Condition.FALSE, b.getKey(), b.getValue(), now);
      return new VmiPlan(VmiPlan.Action.NONE, stamp(s, now), Optional.empty(), false);
    }
    removeCondition(s, SYNCHRONIZED);
    s.setPhase(VirtualMachineInstancePhase.SCHEDULING);
    return new VmiPlan(VmiPlan.Action.CREATE_POD, stamp(s, now), Optional.empty(), false);
  }

  private static VmiPlan withPod(
      VirtualMachineInstanceStatus s, VirtualMachineInstancePhase phase, Pod pod, Instant now) {
    removeCondition(s, SYNCHRONIZED);
    String podPhase = Optional.ofNullable(pod.getStatus()).map(x -> x.getPhase()).orElse("Pending");
    Optional<String> node =
        Optional.ofNullable(pod.getSpec().getNodeName()).filter(n -> !n.isEmpty());
    Optional.ofNullable(pod.getStatus()).map(x -> x.getQosClass()).ifPresent(s::setQosClass);
    node.ifPresent(
        n -> {
          Map<String, String> active = new LinkedHashMap<>();
          active.put(pod.getMetadata().getUid(), n);
          s.setActivePods(active);
        });
    unschedulable(pod)
        .ifPresentOrElse(
            c ->
                setCondition(s, POD_SCHEDULED, Condition.FALSE, c.getReason(), c.getMessage(), now),
            () -> removeCondition(s, POD_SCHEDULED));
    Optional<String> failure =
        podFinal(pod)
            ? Optional.of(
                "the launcher pod ended (" + podPhase + ") before the VMI ran" + podMessage(pod))
            : LauncherContainers.failure(pod).map(f -> f + " before the VMI ran");
    if (failure.isPresent() && phase != VirtualMachineInstancePhase.RUNNING) {
      s.setPhase(VirtualMachineInstancePhase.FAILED);
      s.setReason("PodFailed");
      setCondition(s, SYNCHRONIZED, Condition.FALSE, "PodFailed", failure.get(), now);
      return new VmiPlan(VmiPlan.Action.NONE, stamp(s, now), node, false);
    }
    if (NOT_YET_SCHEDULED.contains(phase)) {
      s.setPhase(
          "Running".equals(podPhase) && node.isPresent()
              ? VirtualMachineInstancePhase.SCHEDULED
              : VirtualMachineInstancePhase.SCHEDULING);
    }
    if (!NOT_YET_SCHEDULED.contains(s.getPhase())) {
      node.ifPresent(s::setNodeName);
    }
    return new VmiPlan(
        VmiPlan.Action.NONE, stamp(s, now), Optional.ofNullable(s.getNodeName()), false);
  }

  static boolean podFinal(Pod p) {
    String phase = Optional.ofNullable(p.getStatus()).map(x -> x.getPhase()).orElse("");
    return "Failed".equals(phase) || "Succeeded".equals(phase);
  }

  private static String podMessage(Pod p) {
    return Optional.ofNullable(p.getStatus())
        .map(x -> x.getMessage())
        .filter(m -> !m.isBlank())
        .map(m -> ": " + m)
        .orElse("");
  }

  private static Optional<PodCondition> unschedulable(Pod p) {
    return Optional.ofNullable(p.getStatus()).map(x -> x.getConditions()).orElse(List.of()).stream()
        .filter(c -> "PodScheduled".equals(c.getType()))
        .filter(c -> "False".equals(c.getStatus()))
        .findFirst();
  }

  /** Records the time the VMI entered its current phase, once per phase. */
  static VirtualMachineInstanceStatus stamp(VirtualMachineInstanceStatus s, Instant now) {
    if (s.getPhase() == null || s.getPhase() == VirtualMachineInstancePhase.UNSET) {
      return s;
    }
    List<PhaseTransitionTimestamp> ts =
        new ArrayList<>(Optional.ofNullable(s.getPhaseTransitionTimestamps()).orElse(List.of()));
    String phase = s.getPhase().value();
    if (ts.stream().noneMatch(t -> phase.equals(t.getPhase()))) {
      PhaseTransitionTimestamp t = new PhaseTransitionTimestamp();
      t.setPhase(phase);
      t.setPhaseTransitionTimestamp(Timestamps.format(now));
      ts.add(t);
      s.setPhaseTransitionTimestamps(ts);
    }
    return s;
  }

  static void setCondition(
      VirtualMachineInstanceStatus s,
      String type,
      String status,
      String reason,
      String message,
      Instant now) {
    List<Condition> cs = new ArrayList<>(Optional.ofNullable(s.getConditions()).orElse(List.of()));
    Optional<Condition> old = cs.stream().filter(c -> type.equals(c.getType())).findFirst();
    Condition c = new Condition(type, status, reason, message);
    c.setLastTransitionTime(
        old.filter(o -> status.equals(o.getStatus()))
            .map(Condition::getLastTransitionTime)
            .orElse(Timestamps.format(now)));
    c.setLastProbeTime(old.map(Condition::getLastProbeTime).orElse(null));
    int i = old.map(cs::indexOf).orElse(-1);
    if (i >= 0) {
      cs.set(i, c);
    } else {
      cs.add(c);
    }
    s.setConditions(cs);
  }

  static void removeCondition(VirtualMachineInstanceStatus s, String type) {
    if (s.getConditions() == null) {
      return;
    }
    List<Condition> cs = new ArrayList<>(s.getConditions());
    if (cs.removeIf(c -> type.equals(c.getType()))) {
      s.setConditions(cs.isEmpty() ? null : cs);
    }
  }
}
