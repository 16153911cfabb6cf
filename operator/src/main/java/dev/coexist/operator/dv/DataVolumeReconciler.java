package dev.coexist.operator.dv;

import dev.coexist.crds.cdi.v1beta1.CdiNames;
import dev.coexist.crds.cdi.v1beta1.ClaimPropertySet;
import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.cdi.v1beta1.DataVolumeStatus;
import dev.coexist.crds.cdi.v1beta1.StorageProfile;
import dev.coexist.crds.cdi.v1beta1.StorageProfileStatus;
import dev.coexist.crds.importer.ImportProgress;
import dev.coexist.crds.importer.ImporterNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.operator.dv.ImporterOutcome.State;
import dev.coexist.operator.subresources.Certificates;
import dev.coexist.operator.vm.DataVolumeTemplates;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The DataVolume controller: creates the target PVC ({@link ClaimModel}), the importer pod once the
 * PVC may bind ({@link ImporterPodModel}; WaitForFirstConsumer handled as documented in
 * docs/cdi.md), reads a running import's progress from the pod ({@link ProgressReader}), writes the
 * status ({@link DvStatusBuilder}) and an Event per phase change, and removes the importer pod once
 * the DataVolume has Succeeded or Failed. The PVC and the pod are owned by the DataVolume, so
 * deleting it deletes them.
 */
@ControllerConfiguration(name = DataVolumeReconciler.NAME, generationAwareEventProcessing = false)
public final class DataVolumeReconciler implements Reconciler<DataVolume> {

  /** The controller's name (metrics, logs). */
  public static final String NAME = "datavolume";

  private static final Logger LOG = LoggerFactory.getLogger(DataVolumeReconciler.class);
  private static final Set<DataVolumePhase> FINAL =
      EnumSet.of(DataVolumePhase.SUCCEEDED, DataVolumePhase.FAILED);
  private static final Set<DataVolumePhase> IN_PROGRESS =
      EnumSet.of(DataVolumePhase.IMPORT_IN_PROGRESS, DataVolumePhase.CLONE_IN_PROGRESS);

  private final DataVolumeConfig config;
  private final ProgressReader progress;
  private final Clock clock;

  public DataVolumeReconciler(DataVolumeConfig config, ProgressReader progress, Clock clock) {
    this.config = config;
    this.progress = progress;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, DataVolume>> prepareEventSources(
      EventSourceContext<DataVolume> context) {
    var pvcs =
        InformerEventSourceConfiguration.from(PersistentVolumeClaim.class, DataVolume.class)
            .withName("dv-claims")
            .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(DataVolume.class))
            .build();
    var pods =
        InformerEventSourceConfiguration.from(Pod.class, DataVolume.class)
            .withName("importer-pods")
            .withLabelSelector(
                ImporterNames.POD_LABEL_KEY
                    + " in ("
                    + ImporterNames.POD_LABEL_VALUE
                    + ","
                    + CdiNames.UPLOAD_COMPONENT
                    + ")")
            .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(DataVolume.class))
            .build();
    // VMs that mount a DataVolume: the importer is then the first consumer (no WFFC deadlock).
    var vms =
        InformerEventSourceConfiguration.from(VirtualMachine.class, DataVolume.class)
            .withName("dv-vms")
            .withSecondaryToPrimaryMapper(
                (VirtualMachine vm) ->
                    DataVolumeTemplates.referenced(vm).stream()
                        .map(n -> new ResourceID(n, vm.getMetadata().getNamespace()))
                        .collect(Collectors.toSet()))
            .build();
    return List.of(
        new InformerEventSource<>(pvcs, context),
        new InformerEventSource<>(pods, context),
        new InformerEventSource<>(vms, context));
  }

  @Override
  public UpdateControl<DataVolume> reconcile(DataVolume dv, Context<DataVolume> context) {
    MDC.put("datavolume", dv.getMetadata().getNamespace() + "/" + dv.getMetadata().getName());
    try {
      DvObservation o = observe(dv, context);
      DataVolumePhase before =
          Optional.ofNullable(dv.getStatus()).map(DataVolumeStatus::getPhase).orElse(null);
      DataVolumeStatus status = DvStatusBuilder.build(o);
      if (!status.equals(dv.getStatus())) {
        PrimaryUpdateAndCacheUtils.updateAndCacheResource(
            dv,
            context,
            fresh -> {
              fresh.setStatus(
                  DvStatusBuilder.build(
                      new DvObservation(
                          fresh,
                          o.invalid(),
                          o.kind(),
                          o.pvc(),
                          o.importer(),
                          o.waitingForConsumer(),
                          o.progress(),
                          o.now())));
              return fresh;
            },
            r -> context.getClient().resource(r).updateStatus());
        DvEvents.of(dv, before, status, o.now()).ifPresent(e -> emit(context.getClient(), e));
      }
      if (o.kind() == ImporterPodModel.SourceKind.UPLOAD && o.pvc().isPresent()) {
        annotateUploadClaim(context.getClient(), o.pvc().get(), status, importerPod(dv, context));
      }
      if (FINAL.contains(status.getPhase())) {
        importerPod(dv, context)
            .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
            .ifPresent(
                p -> {
                  LOG.info(
                      "{}: removing importer pod {}", status.getPhase(), p.getMetadata().getName());
                  context.getClient().resource(p).delete();
                });
      }
      UpdateControl<DataVolume> control = UpdateControl.noUpdate();
      if (IN_PROGRESS.contains(status.getPhase())) {
        control.rescheduleAfter(config.progressInterval());
      }
      return control;
    } finally {
      MDC.remove("datavolume");
    }
  }

  private DvObservation observe(DataVolume dv, Context<DataVolume> context) {
    Instant now = clock.instant();
    boolean done =
        Optional.ofNullable(dv.getStatus()).map(s -> FINAL.contains(s.getPhase())).orElse(false);
    Optional<PersistentVolumeClaim> pvc = ownPvc(dv, context);
    Optional<Pod> pod =
        importerPod(dv, context).filter(p -> p.getMetadata().getDeletionTimestamp() == null);
    Optional<ImporterOutcome> outcome = pod.map(p -> ImporterOutcome.of(p, config.maxRestarts()));
    Optional<String> invalid = Optional.empty();
    ImporterPodModel.SourceKind kind = null;
    boolean waiting = false;
    Optional<String> read = Optional.empty();
    try {
      kind = ImporterPodModel.sourceKind(dv);
      if (!done) {
        if (pvc.isEmpty()) {
          pvc = Optional.of(createPvc(dv, context.getClient()));
        }
        if (pod.isEmpty()) {
          boolean mountedByVm =
              context.getSecondaryResources(VirtualMachine.class).stream()
                  .anyMatch(
                      vm ->
                          DataVolumeTemplates.referenced(vm).contains(dv.getMetadata().getName()));
          waiting =
              ClaimModel.waitsForConsumer(
                  dv, pvc.get(), classOf(pvc.get(), context.getClient()), mountedByVm);
          if (!waiting) {
            Pod created = createPod(dv, pvc.get(), context.getClient());
            outcome = Optional.of(ImporterOutcome.of(created, config.maxRestarts()));
          }
        } else if (kind != ImporterPodModel.SourceKind.UPLOAD
            && outcome.map(ImporterOutcome::state).orElse(null) == State.RUNNING) {
          String ip = pod.get().getStatus().getPodIP();
          read =
              ip == null
                  ? Optional.empty()
                  : progress.read(ip).map(ImportProgress::asDataVolumeProgress);
        }
      }
    } catch (IllegalArgumentException e) {
      LOG.warn("cannot import: {}", e.getMessage());
      invalid = Optional.of(e.getMessage());
    }
    return new DvObservation(dv, invalid, kind, pvc, outcome, waiting, read, now);
  }

  private PersistentVolumeClaim createPvc(DataVolume dv, KubernetesClient client) {
    boolean storage = dv.getSpec() != null && dv.getSpec().getStorage() != null;
    Optional<StorageClass> sc =
        storage && dv.getSpec().getStorage().getStorageClassName() == null
            ? ClaimModel.defaultClass(client.storage().v1().storageClasses().list().getItems())
            : Optional.empty();
    List<ClaimPropertySet> profile =
        storage
            ? Optional.ofNullable(dv.getSpec().getStorage().getStorageClassName())
                .or(() -> sc.map(c -> c.getMetadata().getName()))
                .map(n -> client.resources(StorageProfile.class).withName(n).get())
                .map(StorageProfile::getStatus)
                .map(StorageProfileStatus::getClaimPropertySets)
                .orElse(List.of())
            : List.of();
    PersistentVolumeClaim desired =
        ClaimModel.desired(dv, sc, profile, config.filesystemOverhead());
    LOG.info("creating PVC {}", desired.getMetadata().getName());
    try {
      return client.resource(desired).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      PersistentVolumeClaim existing = client.resource(desired).get();
      if (existing == null || !ownedBy(existing.getMetadata().getOwnerReferences(), dv)) {
        throw new IllegalArgumentException(
            "metadata.name: a PVC named "
                + desired.getMetadata().getName()
                + " already exists and does not belong to this DataVolume",
            e);
      }
      return existing;
    }
  }

  private Pod createPod(DataVolume dv, PersistentVolumeClaim pvc, KubernetesClient client) {
    Pod desired = ImporterPodModel.desired(dv, pvc, config);
    if (ImporterPodModel.isUpload(dv)) {
      createUploadSecret(dv, client);
    }
    LOG.info("creating importer pod {}", desired.getMetadata().getName());
    try {
      return client.resource(desired).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      Pod existing = client.resource(desired).get();
      return existing != null ? existing : desired;
    }
  }

  /** The upload server's certificate Secret, issued by the upload proxy's CA. */
  private void createUploadSecret(DataVolume dv, KubernetesClient client) {
    if (config.operatorNamespace().isEmpty()) {
      throw new IllegalArgumentException(
          "spec.source.upload: uploads need the operator's upload proxy (POD_NAMESPACE and"
              + " COEXIST_SUBRESOURCES_ENABLED=true)");
    }
    Secret pki =
        client
            .secrets()
            .inNamespace(config.operatorNamespace())
            .withName(DataVolumeConfig.UPLOAD_CA_SECRET)
            .get();
    Map<String, String> d = pki == null || pki.getData() == null ? Map.of() : pki.getData();
    if (!d.containsKey("ca.crt") || !d.containsKey("ca.key")) {
      throw new IllegalStateException(
          "Secret "
              + config.operatorNamespace()
              + "/"
              + DataVolumeConfig.UPLOAD_CA_SECRET
              + " has no CA yet: the subresource API server creates it at start");
    }
    Certificates.Pair ca = new Certificates.Pair(decode(d.get("ca.crt")), decode(d.get("ca.key")));
    Secret desired = UploadPodModel.secret(dv, ca, clock.instant());
    try {
      client.resource(desired).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
    }
  }

  /** CDI's PVC annotations for uploads, which virtctl polls. */
  private static void annotateUploadClaim(
      KubernetesClient client,
      PersistentVolumeClaim pvc,
      DataVolumeStatus status,
      Optional<Pod> pod) {
    boolean done = status.getPhase() == DataVolumePhase.SUCCEEDED;
    String phase =
        done
            ? "Succeeded"
            : pod.map(p -> p.getStatus() == null ? null : p.getStatus().getPhase())
                .orElse("Pending");
    Map<String, String> want =
        UploadPodModel.claimAnnotations(
            phase == null ? "Pending" : phase, status.getPhase() == DataVolumePhase.UPLOAD_READY);
    Map<String, String> have =
        Optional.ofNullable(pvc.getMetadata().getAnnotations()).orElse(Map.of());
    if (want.entrySet().stream().allMatch(e -> e.getValue().equals(have.get(e.getKey())))) {
      return;
    }
    client
        .persistentVolumeClaims()
        .inNamespace(pvc.getMetadata().getNamespace())
        .withName(pvc.getMetadata().getName())
        .edit(
            p -> {
              Map<String, String> a =
                  new HashMap<>(
                      Optional.ofNullable(p.getMetadata().getAnnotations()).orElse(Map.of()));
              a.putAll(want);
              p.getMetadata().setAnnotations(a);
              return p;
            });
  }

  private static String decode(String b64) {
    return new String(Base64.getDecoder().decode(b64), StandardCharsets.US_ASCII);
  }

  /** The StorageClass of the claim: the one it names, else the cluster default. */
  private static Optional<StorageClass> classOf(
      PersistentVolumeClaim pvc, KubernetesClient client) {
    String name = pvc.getSpec().getStorageClassName();
    if (name == null) {
      return ClaimModel.defaultClass(client.storage().v1().storageClasses().list().getItems());
    }
    return Optional.ofNullable(client.storage().v1().storageClasses().withName(name).get());
  }

  private static void emit(KubernetesClient client, Event e) {
    try {
      client.resource(e).create();
    } catch (KubernetesClientException ex) {
      LOG.warn("event {} not recorded: {}", e.getReason(), ex.getMessage());
    }
  }

  private static Optional<PersistentVolumeClaim> ownPvc(
      DataVolume dv, Context<DataVolume> context) {
    return context.getSecondaryResources(PersistentVolumeClaim.class).stream()
        .filter(p -> p.getMetadata().getName().equals(dv.getMetadata().getName()))
        .findFirst();
  }

  private static Optional<Pod> importerPod(DataVolume dv, Context<DataVolume> context) {
    String name = ImporterPodModel.podName(dv);
    return context.getSecondaryResources(Pod.class).stream()
        .filter(p -> p.getMetadata().getName().equals(name))
        .findFirst();
  }

  private static boolean ownedBy(List<OwnerReference> refs, DataVolume dv) {
    return Optional.ofNullable(refs).orElse(List.of()).stream()
        .anyMatch(r -> dv.getMetadata().getUid().equals(r.getUid()));
  }
}
