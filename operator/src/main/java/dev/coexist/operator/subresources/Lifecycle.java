package dev.coexist.operator.subresources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.StartStrategy;
import dev.coexist.crds.kubevirt.v1.StateChangeAction;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.kubevirt.v1.VirtualMachineSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStateChangeRequest;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStatus;
import dev.coexist.crds.model.Condition;
import io.fabric8.kubernetes.api.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions of KubeVirt's {@code start}, {@code stop} and {@code restart} subresources as pure
 * functions of (VM, VMI, options) → {@link LifecyclePlan}: which run strategy allows what, which
 * change goes into {@code spec.runStrategy} (Halted → Always on start, Always/Once → Halted on
 * stop) and which into {@code status.stateChangeRequests} (Manual, RerunOnFailure, restart), with
 * KubeVirt's 409 messages. The patches carry {@code test} operations, so a concurrent change makes
 * the patch fail (409) instead of being overwritten.
 */
public final class Lifecycle {
  /** KubeVirt's message when starting a VM whose VMI is active. */
  public static final String ALREADY_RUNNING = "VM is already running";

  /** KubeVirt's message when stopping a VM without an active VMI. */
  public static final String NOT_RUNNING = "VM is not running";

  /** KubeVirt's message for a concurrent start/stop request. */
  public static final String UNDERWAY = "unable to complete request: stop/start already underway";

  /** KubeVirt's message when a failed volume migration blocks starting/restarting. */
  public static final String MANUAL_RECOVERY =
      "VM recovery required: Volume migration failed, leaving some volumes pointing to"
          + " non-consistent targets; manual intervention is needed to reassign them to their"
          + " original volumes.";

  /** The key of the start request's data that asks for a paused start. */
  public static final String PAUSED_KEY = "paused";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Lifecycle() {}

  /** The run strategy KubeVirt uses: runStrategy, else running true/false, else Halted. */
  public static RunStrategy runStrategy(VirtualMachine vm) {
    VirtualMachineSpec spec = vm.getSpec();
    if (spec == null) {
      return RunStrategy.HALTED;
    }
    if (spec.getRunStrategy() != null) {
      return spec.getRunStrategy();
    }
    if (spec.getRunning() != null) {
      return spec.getRunning() ? RunStrategy.ALWAYS : RunStrategy.HALTED;
    }
    return RunStrategy.HALTED;
  }

  /** {@code PUT .../virtualmachines/{name}/start}. */
  public static LifecyclePlan start(
      VirtualMachine vm, Optional<VirtualMachineInstance> vmi, LifecycleOptions.Start opts) {
    String name = vm.getMetadata().getName();
    if (vmi.isPresent() && isActive(vmi.get())) {
      return LifecyclePlan.reject(ApiStatus.conflict(ApiStatus.VM, name, ALREADY_RUNNING));
    }
    if (hasTrueCondition(vm, "ManualRecoveryRequired")) {
      return LifecyclePlan.reject(ApiStatus.conflict(ApiStatus.VM, name, MANUAL_RECOVERY));
    }
    Map<String, String> data = opts.isPaused() ? Map.of(PAUSED_KEY, "true") : Map.of();
    RunStrategy rs = runStrategy(vm);
    switch (rs) {
      case HALTED:
        if (opts.isPaused() && !templateStartsPaused(vm)) {
          return changeRequests(vm, List.of(request(StateChangeAction.START, data, null)));
        }
        return LifecyclePlan.spec(runningPatch(vm, true));
      case RERUN_ON_FAILURE:
      case MANUAL:
        return startManual(vm, vmi, rs, data);
      case ALWAYS:
      case ONCE:
        return LifecyclePlan.reject(
            ApiStatus.conflict(
                ApiStatus.VM, name, rs.value() + " does not support manual start requests"));
      default:
        return LifecyclePlan.nothing();
    }
  }

  private static LifecyclePlan startManual(
      VirtualMachine vm,
      Optional<VirtualMachineInstance> vmi,
      RunStrategy rs,
      Map<String, String> data) {
    VirtualMachineInstancePhase phase = vmi.map(Lifecycle::phase).orElse(null);
    boolean needsRestart =
        (rs == RunStrategy.RERUN_ON_FAILURE && phase == VirtualMachineInstancePhase.SUCCEEDED)
            || (rs == RunStrategy.MANUAL && vmi.isPresent() && isFinal(vmi.get()));
    if (rs == RunStrategy.RERUN_ON_FAILURE && phase == VirtualMachineInstancePhase.FAILED) {
      return LifecyclePlan.reject(
          ApiStatus.conflict(
              ApiStatus.VM,
              vm.getMetadata().getName(),
              rs.value() + " does not support starting VM from failed state"));
    }
    VirtualMachineStateChangeRequest start = request(StateChangeAction.START, data, null);
    if (needsRestart) {
      VirtualMachineStateChangeRequest stop =
          request(StateChangeAction.STOP, null, vmi.get().getMetadata().getUid());
      return changeRequests(vm, List.of(stop, start));
    }
    return changeRequests(vm, List.of(start));
  }

  /** {@code PUT .../virtualmachines/{name}/stop}. */
  public static LifecyclePlan stop(
      VirtualMachine vm, Optional<VirtualMachineInstance> vmi, LifecycleOptions.Stop opts) {
    String name = vm.getMetadata().getName();
    boolean running = vmi.isPresent() && !isFinal(vmi.get());
    List<PatchOp> gracePatch = List.of();
    Long oldGrace =
        vmi.map(VirtualMachineInstance::getSpec)
            .map(VirtualMachineInstanceSpec::getTerminationGracePeriodSeconds)
            .orElse(null);
    if (running && opts.gracePeriod() != null) {
      gracePatch =
          List.of(
              PatchOp.test("/spec/terminationGracePeriodSeconds", longNode(oldGrace)),
              PatchOp.add(
                  "/spec/terminationGracePeriodSeconds", LongNode.valueOf(opts.gracePeriod())));
    }
    RunStrategy rs = runStrategy(vm);
    switch (rs) {
      case HALTED:
        if (!running) {
          return LifecyclePlan.reject(ApiStatus.conflict(ApiStatus.VM, name, NOT_RUNNING));
        }
        if (opts.gracePeriod() == null || (oldGrace != null && opts.gracePeriod() >= oldGrace)) {
          return LifecyclePlan.reject(
              ApiStatus.conflict(
                  ApiStatus.VM,
                  name,
                  "Halted only supports manual stop requests with a shorter graceperiod"));
        }
        return stopRequest(vm, vmi.get()).withVmiPatch(gracePatch);
      case RERUN_ON_FAILURE:
      case MANUAL:
        if (!running) {
          return LifecyclePlan.reject(ApiStatus.conflict(ApiStatus.VM, name, NOT_RUNNING));
        }
        return stopRequest(vm, vmi.get()).withVmiPatch(gracePatch);
      case ALWAYS:
      case ONCE:
        return LifecyclePlan.spec(runningPatch(vm, false)).withVmiPatch(gracePatch);
      default:
        return LifecyclePlan.nothing().withVmiPatch(gracePatch);
    }
  }

  private static LifecyclePlan stopRequest(VirtualMachine vm, VirtualMachineInstance vmi) {
    return changeRequests(
        vm, List.of(request(StateChangeAction.STOP, null, vmi.getMetadata().getUid())));
  }

  /**
   * {@code PUT .../virtualmachines/{name}/restart}. The grace period is checked before the VM is
   * fetched, as in KubeVirt; {@link #restartOptionsError} does that part.
   */
  public static LifecyclePlan restart(
      VirtualMachine vm, Optional<VirtualMachineInstance> vmi, LifecycleOptions.Restart opts) {
    String name = vm.getMetadata().getName();
    if (hasTrueCondition(vm, "VolumesChange")) {
      return LifecyclePlan.reject(ApiStatus.conflict(ApiStatus.VM, name, MANUAL_RECOVERY));
    }
    RunStrategy rs = runStrategy(vm);
    if (rs == RunStrategy.HALTED || rs == RunStrategy.ONCE) {
      return LifecyclePlan.reject(
          ApiStatus.conflict(
              ApiStatus.VM,
              name,
              "RunStategy " + rs.value() + " does not support manual restart requests"));
    }
    if (vmi.isEmpty()) {
      return LifecyclePlan.reject(
          ApiStatus.conflict(ApiStatus.VM, name, "VM is not running: Halted"));
    }
    LifecyclePlan plan =
        changeRequests(
            vm,
            List.of(
                request(StateChangeAction.STOP, null, vmi.get().getMetadata().getUid()),
                request(StateChangeAction.START, null, null)));
    if (plan.rejection().isEmpty()
        && opts.gracePeriodSeconds() != null
        && opts.gracePeriodSeconds() == 0) {
      return plan.withLauncherPodDeleted();
    }
    return plan;
  }

  /** The 400 KubeVirt answers for a restart grace period other than 0, checked first. */
  public static Optional<Status> restartOptionsError(LifecycleOptions.Restart opts) {
    Long g = opts.gracePeriodSeconds();
    if (g == null || g == 0) {
      return Optional.empty();
    }
    return Optional.of(
        ApiStatus.badRequest(
            g > 0
                ? "For force restart, only gracePeriod=0 is supported for now"
                : "gracePeriod has to be greater or equal to 0"));
  }

  /**
   * The status patch adding change requests, as KubeVirt builds it: a VM with an empty status gets
   * a whole new status; otherwise the current list is tested and the new one added (no requests
   * yet) or, for a lone stop request, replaces it; anything else is a concurrent request (500, as
   * KubeVirt answers). A pending start failure is removed.
   */
  static LifecyclePlan changeRequests(
      VirtualMachine vm, List<VirtualMachineStateChangeRequest> changes) {
    VirtualMachineStatus status = vm.getStatus();
    List<PatchOp> ops = new ArrayList<>();
    if (status == null || status.equals(new VirtualMachineStatus())) {
      ObjectNode whole = JSON.createObjectNode();
      whole.set("stateChangeRequests", JSON.valueToTree(changes));
      ops.add(PatchOp.add("/status", whole));
      return LifecyclePlan.status(ops);
    }
    List<VirtualMachineStateChangeRequest> old = status.getStateChangeRequests();
    ops.add(
        PatchOp.test("/status/stateChangeRequests", old == null ? null : JSON.valueToTree(old)));
    if (old == null || old.isEmpty()) {
      ops.add(PatchOp.add("/status/stateChangeRequests", JSON.valueToTree(changes)));
    } else if (changes.size() == 1 && changes.get(0).getAction() == StateChangeAction.STOP) {
      ops.add(PatchOp.replace("/status/stateChangeRequests", JSON.valueToTree(changes)));
    } else {
      return LifecyclePlan.reject(ApiStatus.internal(UNDERWAY));
    }
    if (status.getStartFailure() != null) {
      ops.add(PatchOp.remove("/status/startFailure"));
    }
    return LifecyclePlan.status(ops);
  }

  /**
   * Halted ↔ Always through spec.runStrategy, or spec.running when the VM uses that field; a VM
   * with neither gets spec.runStrategy.
   */
  static List<PatchOp> runningPatch(VirtualMachine vm, boolean running) {
    VirtualMachineSpec spec = vm.getSpec();
    RunStrategy next = running ? RunStrategy.ALWAYS : RunStrategy.HALTED;
    if (spec != null && spec.getRunStrategy() == null && spec.getRunning() != null) {
      return List.of(
          PatchOp.test("/spec/running", BooleanNode.valueOf(spec.getRunning())),
          PatchOp.replace("/spec/running", BooleanNode.valueOf(running)));
    }
    if (spec != null && spec.getRunStrategy() != null) {
      return List.of(
          PatchOp.test("/spec/runStrategy", TextNode.valueOf(spec.getRunStrategy().value())),
          PatchOp.replace("/spec/runStrategy", TextNode.valueOf(next.value())));
    }
    return List.of(
        PatchOp.test("/spec/runStrategy", NullNode.getInstance()),
        PatchOp.add("/spec/runStrategy", TextNode.valueOf(next.value())));
  }

  private static VirtualMachineStateChangeRequest request(
      StateChangeAction action, Map<String, String> data, String uid) {
    VirtualMachineStateChangeRequest r = new VirtualMachineStateChangeRequest();
    r.setAction(action);
    if (data != null && !data.isEmpty()) {
      r.setData(data);
    }
    r.setUid(uid);
    return r;
  }

  private static boolean templateStartsPaused(VirtualMachine vm) {
    return Optional.ofNullable(vm.getSpec())
        .map(VirtualMachineSpec::getTemplate)
        .map(t -> t.getSpec())
        .map(VirtualMachineInstanceSpec::getStartStrategy)
        .filter(s -> s == StartStrategy.PAUSED)
        .isPresent();
  }

  private static boolean hasTrueCondition(VirtualMachine vm, String type) {
    List<Condition> conditions =
        Optional.ofNullable(vm.getStatus())
            .map(VirtualMachineStatus::getConditions)
            .orElse(List.of());
    return conditions.stream()
        .anyMatch(c -> type.equals(c.getType()) && "True".equals(c.getStatus()));
  }

  /** The VMI's phase, {@code UNSET} when it has none. */
  public static VirtualMachineInstancePhase phase(VirtualMachineInstance vmi) {
    return Optional.ofNullable(vmi.getStatus())
        .map(VirtualMachineInstanceStatus::getPhase)
        .orElse(VirtualMachineInstancePhase.UNSET);
  }

  /** Succeeded or Failed. */
  public static boolean isFinal(VirtualMachineInstance vmi) {
    VirtualMachineInstancePhase p = phase(vmi);
    return p == VirtualMachineInstancePhase.SUCCEEDED || p == VirtualMachineInstancePhase.FAILED;
  }

  /** Not final, and past the unset/Unknown phases: what makes {@code start} answer 409. */
  public static boolean isActive(VirtualMachineInstance vmi) {
    VirtualMachineInstancePhase p = phase(vmi);
    return !isFinal(vmi)
        && p != VirtualMachineInstancePhase.UNKNOWN
        && p != VirtualMachineInstancePhase.UNSET;
  }

  private static JsonNode longNode(Long v) {
    return v == null ? NullNode.getInstance() : LongNode.valueOf(v);
  }
}
