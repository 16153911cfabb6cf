package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The deployment phase of the CDI CR. */
public enum CdiPhase {
  @JsonProperty("")
  UNSET(""),
  @JsonProperty("Deploying")
  DEPLOYING("Deploying"),
  @JsonProperty("Deployed")
  DEPLOYED("Deployed"),
  @JsonProperty("Deleting")
  DELETING("Deleting"),
  @JsonProperty("Deleted")
  DELETED("Deleted"),
  @JsonProperty("Error")
  ERROR("Error"),
  @JsonProperty("Upgrading")
  UPGRADING("Upgrading");

  private final String value;

  CdiPhase(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<CdiPhase> fromValue(String value) {
    for (CdiPhase c : values()) {
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
