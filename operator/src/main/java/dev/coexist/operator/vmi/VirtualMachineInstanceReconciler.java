package dev.coexist.operator.vmi;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionReason;
import dev.coexist.operator.vm.model.UnsupportedFeatures;
import dev.coexist.operator.vm.model.VirtualMachineInstanceModel;
import dev.coexist.operator.vmi.model.ClaimNames;
import dev.coexist.operator.vmi.model.LauncherPodConfig;
import dev.coexist.operator.vmi.model.LauncherPodModel;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VirtualMachineInstance controller: creates the launcher pod, follows it to Scheduled, and
 * removes the pod before the VMI goes. The VMI has no status subresource, so its status (and the
 * node label) is written with a resourceVersion-checked update of the whole object, and every
 * change is an event (generation filtering is off). Rules: {@link VmiPlanner}, {@link
 * LauncherPodModel}.
 */
@ControllerConfiguration(
    name = VirtualMachineInstanceReconciler.NAME,
    finalizerName = VirtualMachineInstanceModel.VMI_FINALIZER,
    generationAwareEventProcessing = false)
public final class VirtualMachineInstanceReconciler
    implements Reconciler<VirtualMachineInstance>, Cleaner<VirtualMachineInstance> {

  /** The controller's name (metrics, logs). */
  public static final String NAME = "virtualmachineinstance";

  private static final Logger LOG = LoggerFactory.getLogger(VirtualMachineInstanceReconciler.class);

  private final LauncherPodConfig podConfig;
  private final Clock clock;

  public VirtualMachineInstanceReconciler(LauncherPodConfig podConfig, Clock clock) {
    this.podConfig = podConfig;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, VirtualMachineInstance>> prepareEventSources(
      EventSourceContext<VirtualMachineInstance> context) {
    var pods =
        InformerEventSourceConfiguration.from(Pod.class, VirtualMachineInstance.class)
            .withName("launcher-pods")
            .withLabelSelector(KubevirtNames.LABEL_APP + "=" + KubevirtNames.LAUNCHER_COMPONENT)
            .withOnUpdateFilter(LauncherPodFacts::changed)
            .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(VirtualMachineInstance.class))
            .build();
    var pvcs =
        InformerEventSourceConfiguration.from(
                PersistentVolumeClaim.class, VirtualMachineInstance.class)
            .withName("claims")
            .withSecondaryToPrimaryMapper(
                (PersistentVolumeClaim pvc) ->
                    context
                        .getPrimaryCache()
                        .list(
                            pvc.getMetadata().getNamespace(),
                            vmi -> ClaimNames.of(vmi).contains(pvc.getMetadata().getName()))
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
            .withPrimaryToSecondaryMapper(
                (VirtualMachineInstance vmi) ->
                    ClaimNames.of(vmi).stream()
                        .map(c -> new ResourceID(c, vmi.getMetadata().getNamespace()))
                        .collect(Collectors.toSet()))
            .build();
    return List.of(
        new InformerEventSource<>(pods, context), new InformerEventSource<>(pvcs, context));
  }

  @Override
  public UpdateControl<VirtualMachineInstance> reconcile(
      VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    Optional<Pod> pod = launcherPod(vmi, context.getSecondaryResources(Pod.class));
    // Blockers matter only while there is no pod to follow (VmiPlanner); computing them builds
    // the whole pod.
    Map<String, String> blockers = pod.isEmpty() ? blockers(vmi, context) : Map.of();
    VmiPlan plan = VmiPlanner.plan(vmi, pod, blockers, clock.instant());
    if (plan.podVanished()) {
      Optional<Pod> live = launcherPod(vmi, listPodsLive(vmi, context));
      if (live.isPresent()) {
        pod = live;
        plan = VmiPlanner.plan(vmi, pod, blockers, clock.instant());
      }
    }
    switch (plan.action()) {
      case CREATE_POD -> createPod(vmi, context);
      case DELETE_POD -> pod.ifPresent(p -> context.getClient().resource(p).delete());
      default -> {}
    }
    Optional<Pod> observed = pod;
    write(vmi, plan, fresh -> VmiPlanner.plan(fresh, observed, blockers, clock.instant()), context);
    return UpdateControl.noUpdate();
  }

  @Override
  public DeleteControl cleanup(
      VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    List<Pod> pods = listPodsLive(vmi, context);
    for (Pod p : pods) {
      if (p.getMetadata().getDeletionTimestamp() == null) {
        LOG.info("VMI deleted: deleting launcher pod {}", p.getMetadata().getName());
        context.getClient().resource(p).delete();
      }
    }
    if (!pods.isEmpty()) {
      return DeleteControl.noFinalizerRemoval().rescheduleAfter(Duration.ofSeconds(5));
    }
    return DeleteControl.defaultDelete();
  }

  private void createPod(VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    Pod desired = LauncherPodModel.from(vmi, podConfig);
    LOG.info("creating launcher pod {}", desired.getMetadata().getName());
    try {
      context.getClient().resource(desired).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      LOG.debug("launcher pod {} already exists", desired.getMetadata().getName());
    }
  }

  /** Why the pod cannot be created yet: unsupported features, missing claims, a bad spec. */
  private Map<String, String> blockers(
      VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> unsupported = UnsupportedFeatures.of(vmi.getSpec(), "spec");
    if (!unsupported.isEmpty()) {
      out.put(
          VirtualMachineInstanceConditionReason.FAILED_CREATE.value(),
          "not supported by coexist: " + String.join(", ", unsupported));
      return out;
    }
    Set<String> present =
        context.getSecondaryResources(PersistentVolumeClaim.class).stream()
            .map(p -> p.getMetadata().getName())
            .collect(Collectors.toSet());
    List<String> missing = ClaimNames.of(vmi).stream().filter(c -> !present.contains(c)).toList();
    if (!missing.isEmpty()) {
      out.put(
          VirtualMachineInstanceConditionReason.FAILED_PVC_NOT_FOUND.value(),
          "PVC "
              + missing.stream()
                  .map(m -> vmi.getMetadata().getNamespace() + "/" + m)
                  .collect(Collectors.joining(", "))
              + " does not exist");
      return out;
    }
    try {
      LauncherPodModel.from(vmi, podConfig);
    } catch (IllegalArgumentException e) {
      out.put(VirtualMachineInstanceConditionReason.FAILED_CREATE.value(), e.getMessage());
    }
    return out;
  }

  /** Writes status and node label; on a conflict, re-plans on the fresh VMI (the handler's). */
  private void write(
      VirtualMachineInstance vmi,
      VmiPlan plan,
      Function<VirtualMachineInstance, VmiPlan> replan,
      Context<VirtualMachineInstance> context) {
    if (Objects.equals(plan.status(), vmi.getStatus()) && labelled(vmi, plan.nodeName())) {
      return;
    }
    Object before = vmi.getStatus() == null ? "" : vmi.getStatus().getPhase();
    if (before.equals(plan.status().getPhase())) {
      LOG.debug("status update, phase {}", before);
    } else {
      LOG.info("phase {} -> {}", before, plan.status().getPhase());
    }
    PrimaryUpdateAndCacheUtils.updateAndCacheResource(
        vmi,
        context,
        fresh -> {
          VmiPlan p = fresh == vmi ? plan : replan.apply(fresh);
          fresh.setStatus(p.status());
          p.nodeName()
              .ifPresent(
                  n -> {
                    Map<String, String> labels =
                        new LinkedHashMap<>(
                            Optional.ofNullable(fresh.getMetadata().getLabels()).orElse(Map.of()));
                    labels.put(KubevirtNames.LABEL_NODE_NAME, n);
                    fresh.getMetadata().setLabels(labels);
                  });
          return fresh;
        },
        r -> context.getClient().resource(r).update());
  }

  private static boolean labelled(VirtualMachineInstance vmi, Optional<String> node) {
    return node.isEmpty()
        || node.get()
            .equals(
                Optional.ofNullable(vmi.getMetadata().getLabels())
                    .map(l -> l.get(KubevirtNames.LABEL_NODE_NAME))
                    .orElse(null));
  }

  private static List<Pod> listPodsLive(
      VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    return context
        .getClient()
        .pods()
        .inNamespace(vmi.getMetadata().getNamespace())
        .withLabels(KubevirtNames.launcherPodSelector(vmi.getMetadata().getUid()))
        .list()
        .getItems();
  }

  private static Optional<Pod> launcherPod(VirtualMachineInstance vmi, Collection<Pod> pods) {
    String uid = vmi.getMetadata().getUid();
    return pods.stream()
        .filter(
            p ->
                uid.equals(
                    Optional.ofNullable(p.getMetadata().getLabels())
                        .map(l -> l.get(KubevirtNames.LABEL_CREATED_BY))
                        .orElse(null)))
        .max(
            Comparator.comparing((Pod p) -> p.getMetadata().getDeletionTimestamp() == null)
                .thenComparing(p -> p.getMetadata().getCreationTimestamp()));
  }
}
