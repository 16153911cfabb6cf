package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** Consecutive start failures of a VM. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class VirtualMachineStartFailure extends ExtensibleObject {

  /** The time the next start may be attempted (RFC 3339). */
  @JsonPropertyDescription("The time the next start may be attempted (RFC 3339).")
  private String retryAfterTimestamp;

  /** The UID of the VMI that failed last. */
  @JsonPropertyDescription("The UID of the VMI that failed last.")
  private String lastFailedVMIUID;

  /** How many starts failed in a row. */
  @JsonPropertyDescription("How many starts failed in a row.")
  private Integer consecutiveFailCount;

  public String getRetryAfterTimestamp() {
    return retryAfterTimestamp;
  }

  public void setRetryAfterTimestamp(String retryAfterTimestamp) {
    this.retryAfterTimestamp = retryAfterTimestamp;
  }

  public String getLastFailedVMIUID() {
    return lastFailedVMIUID;
  }

  public void setLastFailedVMIUID(String lastFailedVMIUID) {
    this.lastFailedVMIUID = lastFailedVMIUID;
  }

  public Integer getConsecutiveFailCount() {
    return consecutiveFailCount;
  }

  public void setConsecutiveFailCount(Integer consecutiveFailCount) {
    this.consecutiveFailCount = consecutiveFailCount;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineStartFailure that = (VirtualMachineStartFailure) o;
    return Objects.equals(retryAfterTimestamp, that.retryAfterTimestamp)
        && Objects.equals(lastFailedVMIUID, that.lastFailedVMIUID)
        && Objects.equals(consecutiveFailCount, that.consecutiveFailCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), retryAfterTimestamp, lastFailedVMIUID, consecutiveFailCount);
  }
}
