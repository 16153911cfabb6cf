package dev.coexist.operator.hco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coexist.operator.ModelJson;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Drift of a Kubernetes object the operator creates from a template (DaemonSet, RBAC, Service,
 * APIService), whose stored form the API server completes with defaults. The <em>body</em> is the
 * object without {@code apiVersion}, {@code kind}, {@code metadata} and {@code status}. The stored
 * object is as desired when its body <em>covers</em> the desired body: every field the operator
 * sets has the same value (maps may hold more keys, lists must have the same length and cover
 * element by element, numbers compare by value). Fields the operator never sets are left alone,
 * like server-side apply does.
 */
public final class ObjectDrift {

  private static final KubernetesSerialization JSON = ModelJson.SHARED;
  private static final Set<String> NOT_BODY = Set.of("apiVersion", "kind", "metadata", "status");

  private ObjectDrift() {}

  /** The body of an object as a JSON tree. */
  public static ObjectNode body(HasMetadata o) {
    ObjectNode tree = JSON.convertValue(o, ObjectNode.class);
    NOT_BODY.forEach(tree::remove);
    return tree;
  }

  /** The hash of the desired body (stamped into {@link OperandModel#ANNOTATION_SPEC_HASH}). */
  public static String hash(HasMetadata desired) {
    return Drift.hash(body(desired));
  }

  /** What to do with {@code actual} (null: absent) given {@code desired}. */
  public static Drift.Action classify(HasMetadata desired, HasMetadata actual) {
    if (actual == null) {
      return Drift.Action.CREATE;
    }
    Map<String, String> ann = actual.getMetadata().getAnnotations();
    String stamped = ann == null ? null : ann.get(OperandModel.ANNOTATION_SPEC_HASH);
    String want = hash(desired);
    boolean labelsOk =
        actual.getMetadata().getLabels() != null
            && actual
                .getMetadata()
                .getLabels()
                .entrySet()
                .containsAll(desired.getMetadata().getLabels().entrySet());
    if (covers(body(actual), body(desired))) {
      return want.equals(stamped) && labelsOk ? Drift.Action.NONE : Drift.Action.UPDATE;
    }
    return want.equals(stamped) ? Drift.Action.REVERT_OUT_OF_BAND : Drift.Action.UPDATE;
  }

  /** Whether {@code actual} has every field of {@code desired} with the same value. */
  public static boolean covers(JsonNode actual, JsonNode desired) {
    if (desired == null || desired.isNull()) {
      return true;
    }
    if (actual == null || actual.isNull() || actual.isMissingNode()) {
      return desired.isObject() && desired.isEmpty()
          || desired.isArray() && desired.isEmpty()
          || desired.isBoolean() && !desired.asBoolean();
    }
    if (desired.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> it = desired.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!covers(actual.get(e.getKey()), e.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (desired.isArray()) {
      if (!actual.isArray() || actual.size() != desired.size()) {
        return false;
      }
      for (int i = 0; i < desired.size(); i++) {
        if (!covers(actual.get(i), desired.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (desired.isNumber() && actual.isNumber()) {
      return desired.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return desired.equals(actual);
  }

  /**
   * {@code actual}'s body with {@code desired}'s written over it: maps merge recursively, lists and
   * values are replaced. Keeps what the API server assigned (a Service's {@code clusterIP}).
   */
  public static ObjectNode overlay(JsonNode actual, JsonNode desired) {
    ObjectNode out =
        actual != null && actual.isObject()
            ? actual.deepCopy()
            : JSON.convertValue(Map.of(), ObjectNode.class);
    Iterator<Map.Entry<String, JsonNode>> it = desired.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode mine = out.get(e.getKey());
      if (e.getValue().isObject() && mine != null && mine.isObject()) {
        out.set(e.getKey(), overlay(mine, e.getValue()));
      } else {
        out.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return out;
  }
}
