package dev.coexist.operator.subresources;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.model.Condition;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The non-streaming endpoints of {@code subresources.kubevirt.io}, independent of the HTTP server:
 * (parsed path, method, body) → {@link ApiResponse}. Blocking (it calls the API server and
 * virt-handler); the server runs it off the event loop.
 */
public final class SubresourceApi {
  private static final Logger LOG = LoggerFactory.getLogger(SubresourceApi.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** KubeVirt's prefix of body decoding errors. */
  static final String UNMARSHAL = "Can not unmarshal Request body to struct, error: ";

  private final VmStore store;
  private final HandlerClient handlers;

  /** Over these seams. */
  public SubresourceApi(VmStore store, HandlerClient handlers) {
    this.store = store;
    this.handlers = handlers;
  }

  /** Serves an {@link SubresourcePath.Kind#OBJECT} request. */
  public ApiResponse handle(SubresourcePath p, String method, byte[] body) {
    MDC.put("object", p.namespace() + "/" + p.name());
    try {
      boolean vm = SubresourcePath.VMS.equals(p.resource());
      String sub = p.subresource();
      if (vm && "PUT".equals(method)) {
        switch (sub) {
          case "start":
            return start(p, body);
          case "stop":
            return stop(p, body);
          case "restart":
            return restart(p, body);
          default:
            break;
        }
      }
      if (vm && "GET".equals(method) && "expand-spec".equals(sub)) {
        return expandSpec(p);
      }
      if (!vm && "PUT".equals(method) && VmiActions.isAction(sub)) {
        return vmiAction(p, sub, body);
      }
      if (!vm && "GET".equals(method) && VmiActions.isGuestInfo(sub)) {
        return guestInfo(p, sub);
      }
      return ApiResponse.of(notSupported(method, p));
    } finally {
      MDC.remove("object");
    }
  }

  private ApiResponse start(SubresourcePath p, byte[] body) {
    return lifecycle(
        p, body, LifecycleOptions.Start.class, o -> Optional.empty(), Lifecycle::start);
  }

  private ApiResponse stop(SubresourcePath p, byte[] body) {
    return lifecycle(p, body, LifecycleOptions.Stop.class, o -> Optional.empty(), Lifecycle::stop);
  }

  private ApiResponse restart(SubresourcePath p, byte[] body) {
    return lifecycle(
        p,
        body,
        LifecycleOptions.Restart.class,
        Lifecycle::restartOptionsError,
        Lifecycle::restart);
  }

  /** Decides one VM lifecycle action: what KubeVirt's start/stop/restart handlers share. */
  private interface Planner<O> {
    LifecyclePlan plan(VirtualMachine vm, Optional<VirtualMachineInstance> vmi, O opts);
  }

  private <O extends LifecycleOptions.DryRunnable> ApiResponse lifecycle(
      SubresourcePath p,
      byte[] body,
      Class<O> type,
      Function<O, Optional<Status>> check,
      Planner<O> planner) {
    Optional<O> opts = decode(body, type);
    if (opts.isEmpty()) {
      return badBody(body);
    }
    Optional<Status> bad = check.apply(opts.get());
    if (bad.isPresent()) {
      return ApiResponse.of(bad.get());
    }
    Optional<VirtualMachine> vm = store.vm(p.namespace(), p.name());
    if (vm.isEmpty()) {
      return ApiResponse.of(ApiStatus.notFound(ApiStatus.VM, p.name()));
    }
    Optional<VirtualMachineInstance> vmi = store.vmi(p.namespace(), p.name());
    return apply(p, planner.plan(vm.get(), vmi, opts.get()), opts.get().isDryRun(), vmi);
  }

  private ApiResponse apply(
      SubresourcePath p, LifecyclePlan plan, boolean dryRun, Optional<VirtualMachineInstance> vmi) {
    if (plan.rejection().isPresent()) {
      return ApiResponse.of(plan.rejection().get());
    }
    try {
      store.patch(VmStore.Target.VMI, p.namespace(), p.name(), plan.vmiPatch(), dryRun);
      store.patch(VmStore.Target.VM_STATUS, p.namespace(), p.name(), plan.statusPatch(), dryRun);
      store.patch(VmStore.Target.VM, p.namespace(), p.name(), plan.specPatch(), dryRun);
      if (plan.deleteLauncherPod() && !dryRun && vmi.isPresent()) {
        store.deleteLauncherPods(p.namespace(), vmi.get());
      }
    } catch (VmStore.PatchConflictException e) {
      return ApiResponse.of(ApiStatus.conflict(ApiStatus.VM, p.name(), e.getMessage()));
    }
    LOG.info("{} accepted{}", p.subresource(), dryRun ? " (dry run)" : "");
    return ApiResponse.empty(202);
  }

  private ApiResponse expandSpec(SubresourcePath p) {
    Optional<VirtualMachine> vm = store.vm(p.namespace(), p.name());
    if (vm.isEmpty()) {
      return ApiResponse.of(ApiStatus.notFound(ApiStatus.VM, p.name()));
    }
    VirtualMachine v = vm.get();
    if (v.getSpec() != null
        && (v.getSpec().getInstancetype() != null || v.getSpec().getPreference() != null)) {
      return ApiResponse.of(
          ApiStatus.badRequest(
              "expand-spec: spec.instancetype/spec.preference are not supported by coexist yet"));
    }
    return ApiResponse.json(200, v);
  }

  private ApiResponse vmiAction(SubresourcePath p, String action, byte[] body) {
    Optional<LifecycleOptions.DryRunOnly> opts = decode(body, LifecycleOptions.DryRunOnly.class);
    if (opts.isEmpty()) {
      return badBody(body);
    }
    Optional<VirtualMachineInstance> vmi = store.vmi(p.namespace(), p.name());
    if (vmi.isEmpty()) {
      return ApiResponse.of(ApiStatus.notFound(ApiStatus.VMI, p.name()));
    }
    if ("unpause".equals(action)) {
      Optional<VirtualMachine> vm = store.vm(p.namespace(), p.name());
      if (vm.isPresent()
          && vm.get().getStatus() != null
          && vm.get().getStatus().getSnapshotInProgress() != null) {
        return ApiResponse.of(
            ApiStatus.conflict(ApiStatus.VM, p.name(), "VM snapshot is in progress"));
      }
    }
    Optional<Status> invalid = VmiActions.validate(action, vmi.get());
    if (invalid.isPresent()) {
      return ApiResponse.of(invalid.get());
    }
    if (opts.get().isDryRun()) {
      return ApiResponse.empty(200);
    }
    try {
      HandlerClient.Response r = handlers.put(vmi.get(), action, new byte[0]);
      if (r.code() / 100 != 2) {
        return ApiResponse.of(
            ApiStatus.internal(VmiActions.describeFailure(action, vmi.get(), r.body())));
      }
      LOG.info("{} done by virt-handler on {}", action, nodeOf(vmi.get()));
      return ApiResponse.empty(200);
    } catch (HandlerClient.HandlerUnavailableException e) {
      return ApiResponse.of(
          ApiStatus.internal(VmiActions.describeFailure(action, vmi.get(), e.getMessage())));
    }
  }

  private ApiResponse guestInfo(SubresourcePath p, String what) {
    Optional<VirtualMachineInstance> vmi = store.vmi(p.namespace(), p.name());
    if (vmi.isEmpty()) {
      return ApiResponse.text(500, ApiStatus.notFound(ApiStatus.VMI, p.name()).getMessage());
    }
    VirtualMachineInstance v = vmi.get();
    if (Lifecycle.phase(v) != VirtualMachineInstancePhase.RUNNING) {
      return ApiResponse.text(
          500, ApiStatus.conflict(ApiStatus.VMI, p.name(), "VMI is not running").getMessage());
    }
    if (!hasCondition(v, "AgentConnected")) {
      return ApiResponse.text(
          500,
          ApiStatus.conflict(ApiStatus.VMI, p.name(), "VMI does not have guest agent connected")
              .getMessage());
    }
    try {
      HandlerClient.Response r = handlers.get(v, what);
      return r.code() == 200 ? ApiResponse.text(200, r.body()) : ApiResponse.text(500, r.body());
    } catch (HandlerClient.HandlerUnavailableException e) {
      return ApiResponse.text(500, e.getMessage());
    }
  }

  static boolean hasCondition(VirtualMachineInstance vmi, String type) {
    List<Condition> cs =
        Optional.ofNullable(vmi.getStatus())
            .map(VirtualMachineInstanceStatus::getConditions)
            .orElse(List.of());
    return cs.stream().anyMatch(c -> type.equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static String nodeOf(VirtualMachineInstance vmi) {
    return Optional.ofNullable(vmi.getStatus())
        .map(VirtualMachineInstanceStatus::getNodeName)
        .orElse("");
  }

  private static Status notSupported(String method, SubresourcePath p) {
    return new StatusBuilder(
            ApiStatus.methodNotAllowed(method, p.resource() + "/" + p.subresource()))
        .withMessage(
            method
                + " "
                + p.resource()
                + "/"
                + p.subresource()
                + " is not supported by coexist's subresource API")
        .build();
  }

  private static ApiResponse badBody(byte[] body) {
    return ApiResponse.of(
        ApiStatus.badRequest(
            UNMARSHAL + "invalid JSON: " + new String(body, StandardCharsets.UTF_8)));
  }

  private static <T> Optional<T> decode(byte[] body, Class<T> type) {
    if (body == null || body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
      try {
        return Optional.of(JSON.readValue("{}", type));
      } catch (IOException e) {
        throw new IllegalStateException("decoding an empty " + type.getSimpleName(), e);
      }
    }
    try {
      return Optional.of(JSON.readValue(body, type));
    } catch (IOException e) {
      LOG.debug("bad {} body: {}", type.getSimpleName(), e.getMessage());
      return Optional.empty();
    }
  }
}
