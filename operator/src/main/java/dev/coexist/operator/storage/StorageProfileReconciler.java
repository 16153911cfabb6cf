package dev.coexist.operator.storage;

import dev.coexist.crds.cdi.v1beta1.StorageProfile;
import dev.coexist.crds.cdi.v1beta1.StorageProfileStatus;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Keeps one StorageProfile per StorageClass (CDI's behaviour): creates it, owned by the class so it
 * goes with it, and writes its status from the class and the profile's spec ({@link
 * StorageProfileModel#status}) — only when it changed. Administrators' edits of the spec are kept.
 */
@ControllerConfiguration(name = StorageProfileReconciler.NAME)
public final class StorageProfileReconciler implements Reconciler<StorageClass> {

  /** The controller's name (metrics, logs). */
  public static final String NAME = "storageprofile";

  private static final Logger LOG = LoggerFactory.getLogger(StorageProfileReconciler.class);

  @Override
  public List<EventSource<?, StorageClass>> prepareEventSources(
      EventSourceContext<StorageClass> context) {
    var profiles =
        InformerEventSourceConfiguration.from(StorageProfile.class, StorageClass.class)
            .withName("storage-profiles")
            .withSecondaryToPrimaryMapper(
                (StorageProfile p) -> Set.of(new ResourceID(p.getMetadata().getName())))
            .withPrimaryToSecondaryMapper(
                (StorageClass sc) -> Set.of(new ResourceID(sc.getMetadata().getName())))
            .build();
    return List.of(new InformerEventSource<>(profiles, context));
  }

  @Override
  public UpdateControl<StorageClass> reconcile(StorageClass sc, Context<StorageClass> context) {
    MDC.put("storageclass", sc.getMetadata().getName());
    try {
      KubernetesClient client = context.getClient();
      StorageProfile profile =
          context
              .getSecondaryResource(StorageProfile.class)
              .orElseGet(
                  () -> {
                    LOG.info("creating StorageProfile {}", sc.getMetadata().getName());
                    return client.resource(StorageProfileModel.newProfile(sc)).create();
                  });
      StorageProfileStatus want = StorageProfileModel.status(sc, profile.getSpec());
      if (!Objects.equals(want, profile.getStatus())) {
        LOG.info(
            "StorageProfile {}: claimPropertySets {}",
            sc.getMetadata().getName(),
            want.getClaimPropertySets().stream()
                .map(s -> s.getAccessModes() + "/" + s.getVolumeMode())
                .toList());
        profile.setStatus(want);
        client.resource(profile).updateStatus();
      }
      return UpdateControl.noUpdate();
    } finally {
      MDC.remove("storageclass");
    }
  }
}
