package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The deployment phase of the KubeVirt CR. */
public enum KubeVirtPhase {
  @JsonProperty("")
  UNSET(""),
  @JsonProperty("Deploying")
  DEPLOYING("Deploying"),
  @JsonProperty("Deployed")
  DEPLOYED("Deployed"),
  @JsonProperty("Deleting")
  DELETING("Deleting"),
  @JsonProperty("Deleted")
  DELETED("Deleted");

  private final String value;

  KubeVirtPhase(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<KubeVirtPhase> fromValue(String value) {
    for (KubeVirtPhase c : values()) {
      if (c.value.equals(value)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
