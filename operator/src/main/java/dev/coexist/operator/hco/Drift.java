package dev.coexist.operator.hco;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coexist.operator.ModelJson;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Compares an operand as it is with how the HyperConverged CR wants it. The operator stamps the
 * hash of every spec it writes into {@link OperandModel#ANNOTATION_SPEC_HASH}; a spec that differs
 * from the desired one while still carrying the desired hash was edited by someone else.
 */
public final class Drift {

  /** What to do with an operand. */
  public enum Action {
    /** It does not exist: create it. */
    CREATE,
    /** It is as desired. */
    NONE,
    /** The HyperConverged CR changed: write the new spec. */
    UPDATE,
    /** Someone edited it: write the desired spec back and count it. */
    REVERT_OUT_OF_BAND
  }

  private static final KubernetesSerialization JSON = ModelJson.SHARED;

  private Drift() {}

  /** The hash of a spec (SHA-256 of its canonical JSON). */
  public static String hash(Object spec) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] digest = md.digest(JSON.asJson(tree(spec)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JRE", e);
    }
  }

  /**
   * Classifies an operand.
   *
   * @param desired the desired spec
   * @param actual the object in the cluster (null if absent)
   * @param actualSpec its spec
   */
  public static Action classify(Object desired, HasMetadata actual, Object actualSpec) {
    if (actual == null) {
      return Action.CREATE;
    }
    String want = hash(desired);
    Map<String, String> ann = actual.getMetadata().getAnnotations();
    String stamped = ann == null ? null : ann.get(OperandModel.ANNOTATION_SPEC_HASH);
    if (Objects.equals(tree(desired), tree(actualSpec))) {
      return want.equals(stamped) ? Action.NONE : Action.UPDATE;
    }
    return want.equals(stamped) ? Action.REVERT_OUT_OF_BAND : Action.UPDATE;
  }

  private static JsonNode tree(Object o) {
    return JSON.convertValue(o == null ? Map.of() : o, JsonNode.class);
  }
}
