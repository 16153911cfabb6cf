package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** An action queued in a VM's status.stateChangeRequests. */
public enum StateChangeAction {
  @JsonProperty("Start")
  START("Start"),
  @JsonProperty("Stop")
  STOP("Stop");

  private final String value;

  StateChangeAction(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<StateChangeAction> fromValue(String value) {
    for (StateChangeAction c : values()) {
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
