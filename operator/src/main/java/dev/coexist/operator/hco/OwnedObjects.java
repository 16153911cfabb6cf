package dev.coexist.operator.hco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coexist.operator.ModelJson;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the objects the HyperConverged CR owns and keeps them as {@link ObjectDrift} says: a
 * missing one is created, a changed desired state is written, an out-of-band edit is written back
 * and counted in {@code kubevirt_hco_out_of_band_modifications_total}.
 */
final class OwnedObjects {

  private static final Logger LOG = LoggerFactory.getLogger(OwnedObjects.class);
  private static final KubernetesSerialization JSON = ModelJson.SHARED;

  private final KubernetesClient client;
  private final HcoMetrics metrics;

  OwnedObjects(KubernetesClient client, HcoMetrics metrics) {
    this.client = client;
    this.metrics = metrics;
  }

  /** Makes {@code desired} so; {@code component} labels the metric. Returns the stored object. */
  @SuppressWarnings("unchecked")
  <T extends HasMetadata> T ensure(T desired, String component) {
    T actual = client.resource(desired).get();
    String hash = ObjectDrift.hash(desired);
    Drift.Action action = ObjectDrift.classify(desired, actual);
    String what = desired.getKind() + " " + desired.getMetadata().getName();
    switch (action) {
      case CREATE -> {
        T fresh = JSON.clone(desired);
        fresh.getMetadata().setAnnotations(Map.of(OperandModel.ANNOTATION_SPEC_HASH, hash));
        LOG.info("creating {}", what);
        return client.resource(fresh).create();
      }
      case NONE -> {
        return actual;
      }
      case REVERT_OUT_OF_BAND -> {
        metrics.outOfBandModification(component);
        LOG.warn("reverting an out-of-band modification of {}", what);
      }
      case UPDATE -> LOG.info("updating {}", what);
      default -> throw new IllegalStateException("unknown action " + action);
    }
    ObjectNode merged = ObjectDrift.overlay(ObjectDrift.body(actual), ObjectDrift.body(desired));
    merged.put("apiVersion", desired.getApiVersion());
    merged.put("kind", desired.getKind());
    merged.set("metadata", JSON.convertValue(metadata(actual, desired, hash), ObjectNode.class));
    T next = (T) JSON.convertValue(merged, desired.getClass());
    return client.resource(next).update();
  }

  private static ObjectMeta metadata(HasMetadata actual, HasMetadata desired, String hash) {
    ObjectMeta m = JSON.clone(actual.getMetadata());
    Map<String, String> labels = new HashMap<>();
    if (m.getLabels() != null) {
      labels.putAll(m.getLabels());
    }
    labels.putAll(desired.getMetadata().getLabels());
    m.setLabels(labels);
    Map<String, String> ann = new HashMap<>();
    if (m.getAnnotations() != null) {
      ann.putAll(m.getAnnotations());
    }
    ann.put(OperandModel.ANNOTATION_SPEC_HASH, hash);
    m.setAnnotations(ann);
    if (desired.getMetadata().getOwnerReferences() != null
        && !desired.getMetadata().getOwnerReferences().isEmpty()) {
      m.setOwnerReferences(desired.getMetadata().getOwnerReferences());
    }
    return m;
  }

  /** Deletes {@code o} if it exists. */
  void delete(HasMetadata o) {
    client.resource(o).delete();
  }
}
