package dev.coexist.operator.vm;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.cdi.v1beta1.DataVolumeStatus;
import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineConditionReason;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStatus;
import dev.coexist.operator.Timestamps;
import dev.coexist.operator.vm.VmObservation.SyncFailure;
import dev.coexist.operator.vm.model.UnsupportedFeatures;
import dev.coexist.operator.vm.model.VirtualMachineInstanceModel;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VirtualMachine controller: starts and stops the VM's VMI per its run strategy and mirrors the
 * VMI into the VM's status. Thin: the rules are in {@link RunDecider}, {@link CrashLoop}, {@link
 * PrintableStatuses} and {@link VmStatusBuilder}. Status is written with a resourceVersion-checked
 * update, and only when it changed; status-only changes (state change requests) trigger a pass, so
 * generation filtering is off.
 */
@ControllerConfiguration(
    name = VirtualMachineReconciler.NAME,
    finalizerName = KubevirtNames.FINALIZER_VM_CONTROLLER,
    generationAwareEventProcessing = false)
public final class VirtualMachineReconciler
    implements Reconciler<VirtualMachine>, Cleaner<VirtualMachine> {

  /** The controller's name (metrics, logs). */
  public static final String NAME = "virtualmachine";

  private static final Logger LOG = LoggerFactory.getLogger(VirtualMachineReconciler.class);
  private static final Duration TERMINATING_RECHECK = Duration.ofSeconds(10);

  private final StartBackoff backoff;
  private final Clock clock;

  public VirtualMachineReconciler(StartBackoff backoff, Clock clock) {
    this.backoff = backoff;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, VirtualMachine>> prepareEventSources(
      EventSourceContext<VirtualMachine> context) {
    var vmis =
        InformerEventSourceConfiguration.from(VirtualMachineInstance.class, VirtualMachine.class)
            .withName("vmis")
            .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(VirtualMachine.class))
            .withPrimaryToSecondaryMapper(
                (VirtualMachine vm) -> Set.of(ResourceID.fromResource(vm)))
            .build();
    var pods =
        InformerEventSourceConfiguration.from(Pod.class, VirtualMachine.class)
            .withName("launcher-pods")
            .withLabelSelector(KubevirtNames.LABEL_APP + "=" + KubevirtNames.LAUNCHER_COMPONENT)
            .withOnAddFilter(LauncherPodEvents::added)
            .withOnUpdateFilter(LauncherPodEvents::updated)
            .withSecondaryToPrimaryMapper(
                (Pod p) ->
                    Optional.ofNullable(p.getMetadata().getLabels())
                        .map(l -> l.get(KubevirtNames.LABEL_VM_NAME))
                        .map(n -> Set.of(new ResourceID(n, p.getMetadata().getNamespace())))
                        .orElse(Set.of()))
            .build();
    var dataVolumes =
        InformerEventSourceConfiguration.from(DataVolume.class, VirtualMachine.class)
            .withName("datavolumes")
            .withSecondaryToPrimaryMapper(
                (DataVolume dv) ->
                    context
                        .getPrimaryCache()
                        .list(
                            dv.getMetadata().getNamespace(),
                            vm ->
                                DataVolumeTemplates.related(vm)
                                    .contains(dv.getMetadata().getName()))
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
            .withPrimaryToSecondaryMapper(
                (VirtualMachine vm) ->
                    DataVolumeTemplates.related(vm).stream()
                        .map(n -> new ResourceID(n, vm.getMetadata().getNamespace()))
                        .collect(Collectors.toSet()))
            .build();
    return List.of(
        new InformerEventSource<>(vmis, context),
        new InformerEventSource<>(pods, context),
        new InformerEventSource<>(dataVolumes, context));
  }

  @Override
  public UpdateControl<VirtualMachine> reconcile(
      VirtualMachine vm, Context<VirtualMachine> context) {
    RunDecision d = sync(vm, context);
    UpdateControl<VirtualMachine> control = UpdateControl.noUpdate();
    d.retryIn().ifPresent(r -> control.rescheduleAfter(r.plusSeconds(1)));
    return control;
  }

  @Override
  public DeleteControl cleanup(VirtualMachine vm, Context<VirtualMachine> context) {
    if (ownVmi(vm, context).isEmpty()) {
      return DeleteControl.defaultDelete();
    }
    sync(vm, context);
    return DeleteControl.noFinalizerRemoval().rescheduleAfter(TERMINATING_RECHECK);
  }

  /** One pass: decide, act on the VMI, write the status if it changed. */
  private RunDecision sync(VirtualMachine vm, Context<VirtualMachine> context) {
    Instant now = clock.instant();
    Optional<VirtualMachineInstance> vmi = ownVmi(vm, context);
    Optional<SyncFailure> failure = Optional.empty();
    RunStrategy strategy;
    try {
      strategy = RunStrategies.effective(vm.getSpec());
    } catch (IllegalArgumentException e) {
      strategy = RunStrategy.HALTED;
      failure =
          Optional.of(
              new SyncFailure(VirtualMachineConditionReason.INVALID_SPEC.value(), e.getMessage()));
    }
    List<String> unsupported =
        Optional.ofNullable(vm.getSpec().getTemplate())
            .map(t -> UnsupportedFeatures.of(t.getSpec(), "spec.template.spec"))
            .orElse(List.of());
    if (!unsupported.isEmpty()) {
      failure =
          Optional.of(
              new SyncFailure(
                  VirtualMachineConditionReason.FAILED_CREATE.value(),
                  "not supported by coexist: " + String.join(", ", unsupported)));
    }
    var startFailure =
        CrashLoop.next(
            Optional.ofNullable(vm.getStatus())
                .map(VirtualMachineStatus::getStartFailure)
                .orElse(null),
            strategy,
            vmi,
            backoff,
            now);
    RunDecision d = RunDecider.decide(vm, strategy, vmi, startFailure, unsupported, now);
    Map<String, DataVolumePhase> dataVolumes = Map.of();
    try {
      dataVolumes = syncDataVolumes(vm, d, context);
    } catch (IllegalArgumentException | KubernetesClientException e) {
      LOG.warn("DataVolumes: {}", e.getMessage());
      failure =
          Optional.of(
              new SyncFailure(VirtualMachineConditionReason.FAILED_CREATE.value(), e.getMessage()));
    }
    d = DataVolumeTemplates.gate(d, dataVolumes);
    Optional<VirtualMachineInstance> after = vmi;
    try {
      after = act(vm, vmi, d, context, now);
    } catch (KubernetesClientException e) {
      String reason =
          d.action() == RunDecision.Action.START
              ? VirtualMachineConditionReason.FAILED_CREATE.value()
              : VirtualMachineConditionReason.FAILED_DELETE.value();
      LOG.warn("{} failed: {}", d.action(), e.getMessage());
      failure = Optional.of(new SyncFailure(reason, e.getMessage()));
    }
    Optional<Pod> pod = launcherPod(after, context);
    VmObservation o =
        new VmObservation(vm, strategy, after, pod, dataVolumes, startFailure, d, failure, now);
    writeStatus(vm, o, context);
    return d;
  }

  private Optional<VirtualMachineInstance> act(
      VirtualMachine vm,
      Optional<VirtualMachineInstance> vmi,
      RunDecision d,
      Context<VirtualMachine> context,
      Instant now) {
    switch (d.action()) {
      case START -> {
        LOG.info("starting: {}", d.why());
        VirtualMachineInstance desired = VirtualMachineInstanceModel.from(vm);
        try {
          return Optional.of(context.getClient().resource(desired).create());
        } catch (KubernetesClientException e) {
          if (e.getCode() == 409) {
            VirtualMachineInstance existing = context.getClient().resource(desired).get();
            if (existing != null && VirtualMachineInstanceModel.isControlledBy(existing, vm)) {
              return Optional.of(existing);
            }
            throw new KubernetesClientException(
                "a VMI named "
                    + vm.getMetadata().getName()
                    + " exists and is not controlled by"
                    + " this VM",
                e);
          }
          throw e;
        }
      }
      case STOP -> {
        LOG.info("stopping: {}", d.why());
        VirtualMachineInstance v = vmi.orElseThrow();
        context.getClient().resource(v).delete();
        VirtualMachineInstance deleting =
            context
                .getControllerConfiguration()
                .getConfigurationService()
                .getResourceCloner()
                .clone(v);
        deleting.getMetadata().setDeletionTimestamp(Timestamps.format(now));
        return Optional.of(deleting);
      }
      default -> {
        LOG.debug("no VMI change: {}", d.why());
        return vmi;
      }
    }
  }

  private void writeStatus(VirtualMachine vm, VmObservation o, Context<VirtualMachine> context) {
    VirtualMachineStatus status = VmStatusBuilder.build(o);
    if (status.equals(vm.getStatus())) {
      return;
    }
    LOG.debug("status: {}", status);
    PrimaryUpdateAndCacheUtils.updateAndCacheResource(
        vm,
        context,
        fresh -> {
          VmObservation again =
              new VmObservation(
                  fresh,
                  o.strategy(),
                  o.vmi(),
                  o.launcherPod(),
                  o.dataVolumes(),
                  o.startFailure(),
                  o.decision(),
                  o.failure(),
                  o.now());
          fresh.setStatus(VmStatusBuilder.build(again));
          return fresh;
        },
        r -> context.getClient().resource(r).updateStatus());
  }

  /**
   * Creates the template DataVolumes that are missing and returns the phases of the DataVolumes the
   * template mounts that exist.
   */
  private static Map<String, DataVolumePhase> syncDataVolumes(
      VirtualMachine vm, RunDecision d, Context<VirtualMachine> context) {
    Map<String, DataVolume> existing = new HashMap<>();
    context
        .getSecondaryResources(DataVolume.class)
        .forEach(dv -> existing.put(dv.getMetadata().getName(), dv));
    if (vm.getMetadata().getDeletionTimestamp() == null
        && DataVolumeTemplates.createNow(vm, d.action() == RunDecision.Action.START)) {
      for (DataVolume want : DataVolumeTemplates.desired(vm)) {
        if (!existing.containsKey(want.getMetadata().getName())) {
          LOG.info("creating DataVolume {}", want.getMetadata().getName());
          try {
            existing.put(want.getMetadata().getName(), context.getClient().resource(want).create());
          } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
              throw e;
            }
          }
        }
      }
    }
    Map<String, DataVolumePhase> phases = new HashMap<>();
    for (String name : DataVolumeTemplates.referenced(vm)) {
      DataVolume dv = existing.get(name);
      if (dv != null) {
        phases.put(
            name,
            Optional.ofNullable(dv.getStatus())
                .map(DataVolumeStatus::getPhase)
                .orElse(DataVolumePhase.UNSET));
      }
    }
    return phases;
  }

  /** The VMI of the VM's name, if this VM controls it. */
  private static Optional<VirtualMachineInstance> ownVmi(
      VirtualMachine vm, Context<VirtualMachine> context) {
    return context
        .getSecondaryResource(VirtualMachineInstance.class, "vmis")
        .filter(v -> VirtualMachineInstanceModel.isControlledBy(v, vm));
  }

  private static Optional<Pod> launcherPod(
      Optional<VirtualMachineInstance> vmi, Context<VirtualMachine> context) {
    Optional<String> uid = vmi.map(v -> v.getMetadata().getUid());
    if (uid.isEmpty()) {
      return Optional.empty();
    }
    return context.getSecondaryResources(Pod.class).stream()
        .filter(
            p ->
                uid.get()
                    .equals(
                        Optional.ofNullable(p.getMetadata().getLabels())
                            .map(l -> l.get(KubevirtNames.LABEL_CREATED_BY))
                            .orElse(null)))
        .max(Comparator.comparing(p -> p.getMetadata().getCreationTimestamp()));
  }
}
