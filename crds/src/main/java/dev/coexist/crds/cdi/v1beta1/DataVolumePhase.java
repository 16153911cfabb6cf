package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The phase of a DataVolume (status.phase). */
public enum DataVolumePhase {
  @JsonProperty("")
  UNSET(""),
  @JsonProperty("Pending")
  PENDING("Pending"),
  @JsonProperty("PVCBound")
  PVCBOUND("PVCBound"),
  @JsonProperty("ImportScheduled")
  IMPORT_SCHEDULED("ImportScheduled"),
  @JsonProperty("ImportInProgress")
  IMPORT_IN_PROGRESS("ImportInProgress"),
  @JsonProperty("CloneScheduled")
  CLONE_SCHEDULED("CloneScheduled"),
  @JsonProperty("CloneInProgress")
  CLONE_IN_PROGRESS("CloneInProgress"),
  @JsonProperty("SnapshotForSmartCloneInProgress")
  SNAPSHOT_FOR_SMART_CLONE_IN_PROGRESS("SnapshotForSmartCloneInProgress"),
  @JsonProperty("CloneFromSnapshotSourceInProgress")
  CLONE_FROM_SNAPSHOT_SOURCE_IN_PROGRESS("CloneFromSnapshotSourceInProgress"),
  @JsonProperty("SmartClonePVCInProgress")
  SMART_CLONE_PVCIN_PROGRESS("SmartClonePVCInProgress"),
  @JsonProperty("CSICloneInProgress")
  CSICLONE_IN_PROGRESS("CSICloneInProgress"),
  @JsonProperty("ExpansionInProgress")
  EXPANSION_IN_PROGRESS("ExpansionInProgress"),
  @JsonProperty("NamespaceTransferInProgress")
  NAMESPACE_TRANSFER_IN_PROGRESS("NamespaceTransferInProgress"),
  @JsonProperty("UploadScheduled")
  UPLOAD_SCHEDULED("UploadScheduled"),
  @JsonProperty("UploadReady")
  UPLOAD_READY("UploadReady"),
  @JsonProperty("WaitForFirstConsumer")
  WAIT_FOR_FIRST_CONSUMER("WaitForFirstConsumer"),
  @JsonProperty("PendingPopulation")
  PENDING_POPULATION("PendingPopulation"),
  @JsonProperty("PrepClaimInProgress")
  PREP_CLAIM_IN_PROGRESS("PrepClaimInProgress"),
  @JsonProperty("RebindInProgress")
  REBIND_IN_PROGRESS("RebindInProgress"),
  @JsonProperty("Paused")
  PAUSED("Paused"),
  @JsonProperty("Succeeded")
  SUCCEEDED("Succeeded"),
  @JsonProperty("Failed")
  FAILED("Failed"),
  @JsonProperty("Unknown")
  UNKNOWN("Unknown");

  private final String value;

  DataVolumePhase(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<DataVolumePhase> fromValue(String value) {
    for (DataVolumePhase c : values()) {
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
