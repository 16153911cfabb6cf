package dev.coexist.operator.hco;

import dev.coexist.crds.cdi.v1beta1.Cdi;
import dev.coexist.crds.cdi.v1beta1.CdiStatus;
import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.hco.v1beta1.HyperConvergedStatus;
import dev.coexist.crds.hco.v1beta1.HyperConvergedUninstallStrategy;
import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.crds.kubevirt.v1.KubeVirtStatus;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Constants;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The HyperConverged controller: creates and keeps the KubeVirt and CDI CRs as {@link OperandModel}
 * derives them (an out-of-band edit is written back and counted), writes their statuses ({@link
 * ComponentStatuses}) and the HyperConverged status ({@link HcoStatusBuilder}), only when they
 * changed. On deletion (after the admission webhook let it through) it removes the operands and,
 * under RemoveWorkloads, the VMs and DataVolumes.
 */
@ControllerConfiguration(name = HyperConvergedReconciler.NAME)
public final class HyperConvergedReconciler
    implements Reconciler<HyperConverged>, Cleaner<HyperConverged> {

  /** The controller's name. */
  public static final String NAME = "hyperconverged";

  private static final Logger LOG = LoggerFactory.getLogger(HyperConvergedReconciler.class);
  private static final String HANDLER = "virt-handler";
  private static final String SUBRESOURCES = "subresources";

  private final KubernetesClient client;
  private final HcoConfig config;
  private final HcoMetrics metrics;
  private final Clock clock;
  private final OperandTemplates templates;
  private final OwnedObjects owned;

  public HyperConvergedReconciler(
      KubernetesClient client,
      HcoConfig config,
      HcoMetrics metrics,
      Clock clock,
      OperandTemplates templates) {
    this.client = client;
    this.config = config;
    this.metrics = metrics;
    this.clock = clock;
    this.templates = templates;
    this.owned = new OwnedObjects(client, metrics);
  }

  @Override
  public List<EventSource<?, HyperConverged>> prepareEventSources(
      EventSourceContext<HyperConverged> context) {
    ResourceID singleton = new ResourceID(HyperConverged.SINGLETON_NAME, config.namespace());
    var kubeVirts =
        InformerEventSourceConfiguration.from(KubeVirt.class, HyperConverged.class)
            .withName("kubevirt-operands")
            .withNamespaces(Set.of(config.namespace()))
            .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(HyperConverged.class))
            .build();
    var cdis =
        InformerEventSourceConfiguration.from(Cdi.class, HyperConverged.class)
            .withName("cdi-operands")
            .withNamespaces(Constants.WATCH_ALL_NAMESPACE_SET)
            .withLabelSelector(OperandModel.LABEL_MANAGED_BY + "=" + OperandModel.MANAGED_BY)
            .withSecondaryToPrimaryMapper(c -> Set.of(singleton))
            .build();
    var handlers =
        InformerEventSourceConfiguration.from(DaemonSet.class, HyperConverged.class)
            .withName("handler-daemonset")
            .withNamespaces(Set.of(config.namespace()))
            .withSecondaryToPrimaryMapper(
                ds ->
                    config.handlerDaemonSet().equals(ds.getMetadata().getName())
                        ? Set.of(singleton)
                        : Set.of())
            .build();
    // Nodes: the topology (InfrastructureTopology). Only a change of what counts — a node added or
    // removed, cordoned or tainted — reconciles; status heartbeats do not.
    var nodes =
        InformerEventSourceConfiguration.from(Node.class, HyperConverged.class)
            .withName("nodes")
            .withNamespaces(Constants.WATCH_ALL_NAMESPACE_SET)
            .withSecondaryToPrimaryMapper(n -> Set.of(singleton))
            .withOnUpdateFilter(
                (next, old) ->
                    InfrastructureTopology.schedulable(next)
                        != InfrastructureTopology.schedulable(old))
            .build();
    return List.of(
        new InformerEventSource<>(kubeVirts, context),
        new InformerEventSource<>(cdis, context),
        new InformerEventSource<>(handlers, context),
        new InformerEventSource<>(nodes, context));
  }

  @Override
  public UpdateControl<HyperConverged> reconcile(HyperConverged hco, Context<HyperConverged> ctx) {
    MDC.put("hyperconverged", hco.getMetadata().getNamespace() + "/" + hco.getMetadata().getName());
    try {
      if (!HyperConverged.SINGLETON_NAME.equals(hco.getMetadata().getName())) {
        LOG.warn("ignoring: only the singleton {} is reconciled", HyperConverged.SINGLETON_NAME);
        return UpdateControl.noUpdate();
      }
      boolean highlyAvailable =
          InfrastructureTopology.highlyAvailable(ctx.getSecondaryResources(Node.class));
      String error = null;
      boolean waiting = false;
      KubeVirt kv = null;
      Cdi cdi = null;
      DaemonSet ds = null;
      try {
        kv =
            apply(
                OperandModel.kubeVirt(hco, config),
                KubeVirt.class,
                "kubevirt",
                KubeVirt::getSpec,
                (a, d) -> a.setSpec(d.getSpec()));
        cdi =
            apply(
                OperandModel.cdi(hco),
                Cdi.class,
                "cdi",
                Cdi::getSpec,
                (a, d) -> a.setSpec(d.getSpec()));
        if (config.operands().manageHandler()) {
          ds = ensureHandler(hco, kv);
          waiting = !ensureSubresources(hco);
        } else {
          ds =
              client
                  .apps()
                  .daemonSets()
                  .inNamespace(config.namespace())
                  .withName(config.handlerDaemonSet())
                  .get();
        }
        kv = writeKubeVirtStatus(kv, ComponentStatuses.Rollout.of(ds));
        cdi = writeCdiStatus(cdi);
        scaleOperator(InfrastructureTopology.operatorReplicas(highlyAvailable));
      } catch (KubernetesClientException e) {
        LOG.warn("reconcile failed: {}", e.getMessage());
        error = e.getMessage();
      }
      HyperConvergedStatus next = status(hco, kv, cdi, ds, error, highlyAvailable);
      UpdateControl<HyperConverged> control;
      if (Objects.equals(next, hco.getStatus())) {
        control = UpdateControl.noUpdate();
      } else {
        HyperConverged patch = new HyperConverged();
        patch.setMetadata(hco.getMetadata());
        patch.setStatus(next);
        control = UpdateControl.patchStatus(patch);
      }
      return error == null && !waiting ? control : control.rescheduleAfter(Duration.ofSeconds(5));
    } finally {
      MDC.remove("hyperconverged");
    }
  }

  private HyperConvergedStatus status(
      HyperConverged hco,
      KubeVirt kv,
      Cdi cdi,
      DaemonSet ds,
      String error,
      boolean highlyAvailable) {
    return HcoStatusBuilder.build(
        new HcoStatusBuilder.Inputs(
            hco.getStatus(),
            hco.getMetadata().getGeneration(),
            clock.instant(),
            config.version(),
            List.of(
                new HcoStatusBuilder.Component(
                    "KubeVirt",
                    kv == null || kv.getStatus() == null ? null : kv.getStatus().getConditions()),
                new HcoStatusBuilder.Component(
                    "CDI",
                    cdi == null || cdi.getStatus() == null
                        ? null
                        : cdi.getStatus().getConditions())),
            ComponentStatuses.Rollout.of(ds).complete(),
            error,
            related(kv, cdi, ds),
            highlyAvailable));
  }

  /** Creates the operand, or writes its desired spec back when it differs. */
  private <T extends HasMetadata, S> T apply(
      T desired,
      Class<T> type,
      String component,
      java.util.function.Function<T, S> spec,
      java.util.function.BiConsumer<T, T> setSpec) {
    var op =
        desired.getMetadata().getNamespace() == null
            ? client.resources(type).withName(desired.getMetadata().getName())
            : client
                .resources(type)
                .inNamespace(desired.getMetadata().getNamespace())
                .withName(desired.getMetadata().getName());
    T actual = op.get();
    String hash = Drift.hash(spec.apply(desired));
    Drift.Action action =
        Drift.classify(spec.apply(desired), actual, actual == null ? null : spec.apply(actual));
    switch (action) {
      case CREATE -> {
        desired.getMetadata().setAnnotations(Map.of(OperandModel.ANNOTATION_SPEC_HASH, hash));
        LOG.info("creating {} {}", desired.getKind(), desired.getMetadata().getName());
        return client.resource(desired).create();
      }
      case NONE -> {
        return actual;
      }
      case REVERT_OUT_OF_BAND -> {
        metrics.outOfBandModification(component);
        LOG.warn(
            "reverting an out-of-band modification of {} {}",
            desired.getKind(),
            desired.getMetadata().getName());
      }
      case UPDATE -> LOG.info("updating {} {}", desired.getKind(), desired.getMetadata().getName());
      default -> throw new IllegalStateException("unknown action " + action);
    }
    UnaryOperator<T> edit =
        a -> {
          setSpec.accept(a, desired);
          Map<String, String> ann =
              a.getMetadata().getAnnotations() == null
                  ? new HashMap<>()
                  : new HashMap<>(a.getMetadata().getAnnotations());
          ann.put(OperandModel.ANNOTATION_SPEC_HASH, hash);
          a.getMetadata().setAnnotations(ann);
          Map<String, String> labels =
              a.getMetadata().getLabels() == null
                  ? new HashMap<>()
                  : new HashMap<>(a.getMetadata().getLabels());
          labels.putAll(desired.getMetadata().getLabels());
          a.getMetadata().setLabels(labels);
          return a;
        };
    return op.edit(edit);
  }

  /** The handler's ServiceAccount, ClusterRole and binding, then its DaemonSet. */
  private DaemonSet ensureHandler(HyperConverged hco, KubeVirt kv) {
    owned.ensure(HandlerModel.serviceAccount(templates, hco, config), HANDLER);
    owned.ensure(HandlerModel.clusterRole(templates), HANDLER);
    owned.ensure(HandlerModel.clusterRoleBinding(templates, config), HANDLER);
    return owned.ensure(HandlerModel.daemonSet(templates, hco, config, kv), HANDLER);
  }

  /**
   * The subresource API's Service and APIServices (when the operator serves it); false while the CA
   * Secret the subresource server creates at start is not there yet.
   */
  private boolean ensureSubresources(HyperConverged hco) {
    if (config.operands().subresourcesService().isEmpty()) {
      return true;
    }
    String service = config.operands().subresourcesService().get();
    owned.ensure(HandlerModel.subresourcesService(templates, hco, config, service), SUBRESOURCES);
    Secret certs =
        client
            .secrets()
            .inNamespace(config.namespace())
            .withName(config.operands().subresourcesCertSecret())
            .get();
    if (certs == null || certs.getData() == null || !certs.getData().containsKey("ca.crt")) {
      return false;
    }
    String ca =
        new String(
            Base64.getDecoder().decode(certs.getData().get("ca.crt")), StandardCharsets.UTF_8);
    HandlerModel.apiServices(config, service, ca).forEach(a -> owned.ensure(a, SUBRESOURCES));
    return true;
  }

  /**
   * Sets the operator Deployment's {@code spec.replicas} (an update of that one field; the
   * manifests do not set it, so {@code kubectl apply} and GitOps leave it to this controller). A
   * missing Deployment (the operator runs outside the cluster) is left alone.
   */
  private void scaleOperator(int replicas) {
    if (config.operatorDeployment().isEmpty()) {
      return;
    }
    var op =
        client
            .apps()
            .deployments()
            .inNamespace(config.namespace())
            .withName(config.operatorDeployment().get());
    Deployment d = op.get();
    if (d == null) {
      LOG.debug("no Deployment {}: replicas left alone", config.operatorDeployment().get());
      return;
    }
    Integer current = d.getSpec() == null ? null : d.getSpec().getReplicas();
    if (current != null && current == replicas) {
      return;
    }
    LOG.info(
        "scaling Deployment {} from {} to {} replica(s) (infrastructure highly available: {})",
        config.operatorDeployment().get(),
        current,
        replicas,
        replicas > 1);
    op.scale(replicas);
  }

  private KubeVirt writeKubeVirtStatus(KubeVirt kv, ComponentStatuses.Rollout rollout) {
    KubeVirtStatus next =
        ComponentStatuses.kubeVirt(
            kv.getStatus(),
            rollout,
            config.version(),
            kv.getMetadata().getGeneration(),
            clock.instant());
    if (next.equals(kv.getStatus())) {
      return kv;
    }
    kv.setStatus(next);
    return client.resource(kv).updateStatus();
  }

  private Cdi writeCdiStatus(Cdi cdi) {
    CdiStatus next =
        ComponentStatuses.cdi(
            cdi.getStatus(), config.version(), cdi.getMetadata().getGeneration(), clock.instant());
    if (next.equals(cdi.getStatus())) {
      return cdi;
    }
    cdi.setStatus(next);
    return client.resource(cdi).updateStatus();
  }

  private static List<ObjectReference> related(HasMetadata... objects) {
    return java.util.Arrays.stream(objects)
        .filter(Objects::nonNull)
        .map(
            o ->
                new ObjectReferenceBuilder()
                    .withApiVersion(o.getApiVersion())
                    .withKind(o.getKind())
                    .withName(o.getMetadata().getName())
                    .withNamespace(o.getMetadata().getNamespace())
                    .build())
        .toList();
  }

  @Override
  public DeleteControl cleanup(HyperConverged hco, Context<HyperConverged> ctx) {
    MDC.put("hyperconverged", hco.getMetadata().getNamespace() + "/" + hco.getMetadata().getName());
    try {
      if (OperandModel.uninstallStrategy(hco.getSpec())
          == HyperConvergedUninstallStrategy.REMOVE_WORKLOADS) {
        LOG.info("uninstallStrategy RemoveWorkloads: deleting all VMs and DataVolumes");
        client.resources(VirtualMachine.class).inAnyNamespace().delete();
        client.resources(DataVolume.class).inAnyNamespace().delete();
      }
      deleteHandlerAndSubresources(hco);
      client.resources(Cdi.class).withName(HyperConverged.CDI_CR_NAME).delete();
      client
          .resources(KubeVirt.class)
          .inNamespace(hco.getMetadata().getNamespace())
          .withName(HyperConverged.KUBEVIRT_CR_NAME)
          .delete();
      LOG.info("removed the handler, the subresource API objects, the KubeVirt and CDI CRs");
      return DeleteControl.defaultDelete();
    } finally {
      MDC.remove("hyperconverged");
    }
  }

  private void deleteHandlerAndSubresources(HyperConverged hco) {
    if (!config.operands().manageHandler()) {
      return;
    }
    owned.delete(HandlerModel.daemonSet(templates, hco, config, null));
    owned.delete(HandlerModel.clusterRoleBinding(templates, config));
    owned.delete(HandlerModel.clusterRole(templates));
    owned.delete(HandlerModel.serviceAccount(templates, hco, config));
    config
        .operands()
        .subresourcesService()
        .ifPresent(
            service -> {
              HandlerModel.apiServices(config, service, "").forEach(owned::delete);
              owned.delete(HandlerModel.subresourcesService(templates, hco, config, service));
            });
  }
}
