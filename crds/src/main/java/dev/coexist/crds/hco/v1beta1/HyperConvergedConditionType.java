package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Condition types of the HyperConverged CR. */
public enum HyperConvergedConditionType {
  @JsonProperty("ReconcileComplete")
  RECONCILE_COMPLETE("ReconcileComplete"),
  @JsonProperty("Available")
  AVAILABLE("Available"),
  @JsonProperty("Progressing")
  PROGRESSING("Progressing"),
  @JsonProperty("Degraded")
  DEGRADED("Degraded"),
  @JsonProperty("Upgradeable")
  UPGRADEABLE("Upgradeable"),
  @JsonProperty("TaintedConfiguration")
  TAINTED_CONFIGURATION("TaintedConfiguration");

  private final String value;

  HyperConvergedConditionType(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<HyperConvergedConditionType> fromValue(String value) {
    for (HyperConvergedConditionType c : values()) {
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
