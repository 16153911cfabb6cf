package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * Reasons of HyperConverged conditions; component reasons are <Component>NotAvailable and the like.
 */
public enum HyperConvergedConditionReason {
  /** Everything was reconciled. */
  @JsonProperty("ReconcileCompleted")
  RECONCILE_COMPLETED("ReconcileCompleted"),
  /** A reconcile is in progress. */
  @JsonProperty("Reconciling")
  RECONCILING("Reconciling"),
  /** The operator just started. */
  @JsonProperty("Init")
  INIT("Init"),
  /** Progressing=True: an upgrade is running. */
  @JsonProperty("HCOUpgrading")
  HCOUPGRADING("HCOUpgrading"),
  /** The condition is as expected. */
  @JsonProperty("AsExpected")
  AS_EXPECTED("AsExpected"),
  /** TaintedConfiguration=True: a JSON-patch annotation is set. */
  @JsonProperty("UnsupportedFeatureAnnotation")
  UNSUPPORTED_FEATURE_ANNOTATION("UnsupportedFeatureAnnotation");

  private final String value;

  HyperConvergedConditionReason(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<HyperConvergedConditionReason> fromValue(String value) {
    for (HyperConvergedConditionReason c : values()) {
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
