package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What deleting the HyperConverged CR does while workloads exist. */
public enum HyperConvergedUninstallStrategy {
  /** Refuse the deletion while VMs, VMIs or DataVolumes exist (default). */
  @JsonProperty("BlockUninstallIfWorkloadsExist")
  BLOCK_UNINSTALL_IF_WORKLOADS_EXIST("BlockUninstallIfWorkloadsExist"),
  /** Delete the workloads with the installation. */
  @JsonProperty("RemoveWorkloads")
  REMOVE_WORKLOADS("RemoveWorkloads");

  private final String value;

  HyperConvergedUninstallStrategy(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<HyperConvergedUninstallStrategy> fromValue(String value) {
    for (HyperConvergedUninstallStrategy c : values()) {
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
